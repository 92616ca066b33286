package knowledge

import "testing"

func TestPersonAskedIsNoCountry(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"which minister is in the talks between south korea and ukraine?", ""},
		{"which minister for South Korea talked about accepting these North Korean POWs?", "who-proposed"},
		{"Right, over to you: which intelligence chief is doing the talking about NK picking up combat experience?", "combat-experience"},
		{"which country is south korea talking with about the pows?", "talks-focus"}, // a country asked: Ukraine answers it
	})
}

// "which side is he batting for?" after an answer naming one asks whose
// side he is on, as "which side is he on?" does (the pack's senses).
func TestSideBattedFor(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{"batting for", []string{"which intelligence chief says NK is picking up combat experience?"}, "and which side is he batting for, Ukraine or Russia?", "budanov-role", "Ukraine"},
		{"first", nil, "and which side is he batting for, Ukraine or Russia?", "", ""},
	})
}
