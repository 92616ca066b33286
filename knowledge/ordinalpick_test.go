package knowledge

import "testing"

func TestOrdinalPick(t *testing.T) {
	e := testEngine(t)
	asked := []string{"what roles do Cho Tae-yul and Kyrylo Budanov play here?", "and which country does he represent?"}
	tests := []turnCase{
		{"the first one is no first war", asked, "the first one", "", ""},
		{"then of him", append(asked, "the first one"), "say more about what he proposed", "what-proposed", "accept"},
	}
	checkTurns(t, e, tests)
}
