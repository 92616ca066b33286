package knowledge

import "testing"

// A premise, then an auxiliary and a pronoun ("did they?"): whether the
// premise is so, not what its last name did (echoesPremise, saysOnlyWho).
func TestEchoedPremise(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"ukraine already agreed to the transfer. did they?", ""},
		{"Ukraine said yes to handing them over, did they really?", ""},
		{"who proposed accepting the POWs?", "who-proposed"},
	})
	checkTurns(t, e, []turnCase{
		{"did they alone", []string{"who sent troops to russia?"}, "did they?", "", ""},
	})
}

// The weather is none of the report's ("is it snowing in Kursk?").
func TestWeatherDeclined(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"is it snowing where the troops fight?", ""},
		{"Where are North Korean troops fighting?", "where-fighting"},
	})
}
