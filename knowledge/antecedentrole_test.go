package knowledge

import "testing"

// A role asked of ("who's in command of them?") is no antecedent of
// "them": one person's post is not a group, so "them" is the group the
// conversation named, of whom the report names no commander.
func TestAntecedentRole(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{"post of a group", []string{"In what sector are the North Korean units deployed?", "Operating on their own, or under supervision?"}, "Who's in command of them?", "", ""},
	})
	ws := sentenceWords("do the soldiers know what they are doing")
	if r := findReferences(ws); len(r) == 0 || !e.antecedent(ws, r[0], nil) {
		t.Errorf("antecedent: a plural role before \"they\", want true")
	}
}
