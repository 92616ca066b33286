package knowledge

import "testing"

func TestDifferentThingMovesOn(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"different thing — the guy from ukraine intel, what'd he say about the nk army", "combat-experience"}, // not "compare"
		{"another thing, who is budanov?", "budanov-role"},
		{"is the 4000 a different thing from the 3000?", "losses"}, // not opening the message: it compares
	})
}
