package knowledge

import "testing"

func TestMisheardFigure(t *testing.T) {
	e := testEngine(t)
	jan := []string{"how many north korean soldiers were killed or hurt by january?"}
	checkTurns(t, e, []turnCase{
		{"words", jan, "Three hundred, was it?", "losses-january", "3,000"},
		{"digits", jan, "was it 300?", "losses-january", "3,000"},
		{"nothing before", nil, "Three hundred, was it?", "", ""},
	})
}
