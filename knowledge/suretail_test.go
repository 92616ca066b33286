package knowledge

import "testing"

func TestSureOfTheAnswer(t *testing.T) {
	e := testEngine(t)
	feb := []string{"how many north korean soldiers were killed by early february?"}
	checkTurns(t, e, []turnCase{
		{"a choice after how reliable", feb, "How reliable is that number, is it an audited figure or a rough one?", "fatalities-feb", "estimat"},
		{"how reliable alone", feb, "how reliable is that number?", "fatalities-feb", "estimat"},
		{"nothing before: asked back", nil, "How reliable is that number, is it an audited figure or a rough one?", "", ""},
	})
}
