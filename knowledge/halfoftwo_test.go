package knowledge

import "testing"

// TestHalfOfTwo: a message whose whole reading answers only the first of
// the two questions its last sentence joins is answered by that sentence.
func TestHalfOfTwo(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{"two joined after a remark", nil, "lol my boss forwarded me this. quick: who's the SK minister and what'd he propose", "cho-role", "accept"},
		{"one question after a remark", nil, "my boss forwarded me this. who's the SK minister?", "cho-role", "Cho"},
	})
}
