package knowledge

import "testing"

// A name alone after a question the report does not answer of it asks
// what the report says of it, when the report says little of it; of a
// name many entries speak of, or after a question of a figure, a time or
// a place ("how many died?" then "and the us?", asking US deaths), it
// stays turned down.
func TestNameAlone(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{"us after russia's role", []string{"what's south korea's role in all this", "what about russia"}, "and the us?", "sentence-4-1", "United States"},
		{"us after a question of russia", []string{"Did Russia confirm the North Korean troops were there?"}, "what about the US?", "sentence-4-1", "United States"},
		{"russia after losses", []string{"how many north korean soldiers died?"}, "and russia's?", "", ""},
		{"us after losses", []string{"how many north korean soldiers died?"}, "and the us?", "", ""},
		{"us after where", []string{"where are the north korean troops fighting?"}, "and the us?", "", ""},
	})
}
