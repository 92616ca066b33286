package knowledge

import "testing"

func TestLastAnswerStands(t *testing.T) {
	e := testEngine(t)
	feb := []string{"how many north korean soldiers died by early february?", "says who?"}
	checkTurns(t, e, []turnCase{
		{"confirmed after says who", feb, "is that confirmed?", "fatalities-feb", "estimate"},
		{"turned down before", []string{"how many north korean generals died?"}, "is that confirmed?", "", ""},
	})
}
