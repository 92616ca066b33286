package knowledge

import "testing"

func TestCountAddedIsApart(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{"wounded on top of the dead", []string{"what's the casualty figure for january?", "are those deaths or also injuries?"}, "how many wounded on top of that?", "", ""},
	})
	checkAnswers(t, e, []answerCase{
		{"how many were wounded?", "losses"},                   // the killed-or-injured figure, with the measure together
		{"how many were injured in addition to the dead?", ""}, // apart: the report gives them together
		{"How many were injured, as opposed to killed?", ""},
	})
}
