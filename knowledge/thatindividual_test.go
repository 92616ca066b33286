package knowledge

import "testing"

// "that individual" is a person named before, as "that guy" is: with none
// named, asked back, not read as the report's "these individuals" (the
// soldiers).
func TestThatIndividual(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{"nothing before", nil, "Is that individual still in office?", "", ""},
		{"named before", []string{"who is budanov?"}, "what did that individual say?", "combat-experience", "combat experience"},
	})
}
