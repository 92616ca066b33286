package knowledge

import "testing"

// A request's opening verb that says only how to answer ("break down ...")
// asks the thing after it; the same words inside a question are what it
// asks of, and a question of them the report does not answer is declined.
func TestRequestStart(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"Break down the two casualty estimates.", "losses"},
		{"Break down the casualty figures for me.", "losses"},
		{"Can you break down what Budanov said?", "combat-experience"},
		{"Did the talks break down?", ""},
		{"Does the report break down the deaths by month?", ""},
		{"Does the report break down the approximately 4,000 fatalities by unit or by date of death?", ""},
		{"Break down the number of tanks Russia lost.", ""},
	})
}
