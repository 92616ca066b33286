package knowledge

import "testing"

func TestRepeatAsked(t *testing.T) {
	e := testEngine(t)
	jan := []string{"how many north korean soldiers were killed or injured by january?"}
	checkTurns(t, e, []turnCase{
		{"repeat that", jan, "repeat that pls, more slow", "losses-january", "3,000"},
		{"say it again", jan, "ok, can you say that again?", "losses-january", "3,000"},
		{"repeat again", jan, "could you repeat it again please", "losses-january", "3,000"},
		{"nothing before", nil, "repeat that pls", "", ""},
		{"reiterate asked", jan, "what did cho reiterate?", "sk-support", "support"},
	})
}
