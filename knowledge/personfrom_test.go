package knowledge

import "testing"

func TestPersonFromActs(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"what did the guy from russia say about the pows", ""}, // not what South Korea's readiness signifies
		{"what did the official from russia say?", ""},
		{"what did the guy from ukraine intel say about the nk army", "combat-experience"},
	})
}
