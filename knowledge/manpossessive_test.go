package knowledge

import "testing"

// "the man's" refers back as "his" does: one named before.
func TestManPossessive(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{"the man's title", []string{"What does Kyiv's military intelligence chief assess about the North Korean contingent?", "And on the weapons side?", "How many of those missiles have been fired?"},
			"Back to the first thing. What's the man's exact title and name?", "budanov-role", "Budanov"},
	})
	if r := findReferences(sentenceWords("what's the man's title")); len(r) != 1 || r[0].want != "he" || !r[0].poss {
		t.Errorf("findReferences(the man's) = %+v, want one possessive he", r)
	}
}
