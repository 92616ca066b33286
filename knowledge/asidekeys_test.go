package knowledge

import "testing"

func TestAsideKeys(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"Apart from deaths and injuries, what else has happened to some North Korean soldiers?", ""},
		{"How many North Korean soldiers were killed or injured as of January 2025?", "losses-january"},
	})
}
