package knowledge

import "testing"

func TestSupportedInstead(t *testing.T) {
	e := testEngine(t)
	backs := []string{"South Korea is backing which side in this war?"}
	checkTurns(t, e, []turnCase{
		{"a side only supported: who backs it", backs, "and russia?", "why-sent", "North Korea"},
		{"one that supports others: the merge, whom it backs", backs, "and north korea?", "why-sent", "Russian forces"},
		{"a question of support declined", []string{"who does the US support?"}, "and russia?", "", ""},
		{"no question of support before", []string{"how many troops did north korea send?"}, "and russia?", "", ""},
	})
}
