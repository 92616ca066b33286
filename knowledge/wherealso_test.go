package knowledge

import "testing"

// TestWhereAlso: a question and, after it in the same message, where the
// report says its answer: both answered.
func TestWhereAlso(t *testing.T) {
	e := testEngine(t)
	before := []string{"who is the head of ukraine's defence intelligence?"}
	checkTurns(t, e, []turnCase{
		{"also which paragraph", before, "and what did he claim about the North Korean troops? also which paragraph is that in?", "combat-experience", "paragraph 7"},
		{"where alone after", []string{"what did budanov claim about the North Korean troops?"}, "also which paragraph is that in?", "combat-experience", "paragraph 7"},
	})
}
