package knowledge

import "testing"

// "this man" points back as "that man" does: the one named before, and
// with none named, asked back; "this guy Cho" introduces whom it names.
func TestThisManPointsBack(t *testing.T) {
	e := testEngine(t)
	chief := "what does Ukraine's intelligence chief say the North Korean army gains?"
	checkTurns(t, e, []turnCase{
		{"named before", []string{chief}, "And who, precisely, is this man? His office, I mean.", "budanov-role", "Defense Intelligence"},
		{"this guy", []string{chief}, "who is this guy?", "budanov-role", "Defense Intelligence"},
		{"nothing before", nil, "who is this man?", "", "Who do you mean?"},
		{"names him after", []string{chief}, "what did this guy Cho say?", "will-accept", "Cho"},
	})
}
