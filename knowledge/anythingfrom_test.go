package knowledge

import "testing"

func TestAnythingFrom(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"Does the piece report anything from Pyongyang itself?", ""},
		{"any word from kim jong un?", ""},
		{"anything from budanov?", "combat-experience"},
		{"anything from the joint chiefs?", "more-troops"},
		// not a name alone after "from"
		{"is nk learning anything from fighting with russia?", "combat-experience"},
	})
}
