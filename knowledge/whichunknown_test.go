package knowledge

import "testing"

func TestWhichUnknown(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		// which company: the report names none, nor any company at all
		{"Which Russian company or engineers helped with the missile modifications?", ""},
		{"Which factory upgraded the KN-23?", ""},
		// which thing the pack knows: answered with the one it names
		{"Which missiles did Russia make more accurate?", "kn23"},
	})
}
