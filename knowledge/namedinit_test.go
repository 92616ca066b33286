package knowledge

import "testing"

func TestNamedInIt(t *testing.T) {
	e := testEngine(t)
	src := []string{"which outlet is it originally from?", "and the publication date?"}
	checkTurns(t, e, []turnCase{
		{"after a question turned down", src, "Which people are named in it?", "cho-role", "Budanov"},
		{"first", nil, "Which people are named in it?", "cho-role", "Budanov"},
	})
}
