package knowledge

import "testing"

// TestItOpensClaim: "is it true <claim>?" puts the claim to check.
func TestItOpensClaim(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{"claim after an ask-back", []string{"what about him?"}, "is it true russia made nk's missiles more accurate? the kn something", "kn23", "accuracy"},
		{"by whom stays of the last", []string{"how many nk soldiers died by early feb?"}, "is it confirmed by ukraine?", "fatalities-feb", "estimate"},
	})
}
