package knowledge

import "testing"

// "What is Russia doing to the missiles?" asks what was done to them (the
// pack's sense of "doing" before "to"), not what anyone is busy with; a
// doer or a thing the report does not pair still declines.
func TestDoingTo(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"What is Russia doing to the missiles of North Korea?", "kn23"},
		{"what are the troops doing in Kursk?", "kursk-activity"},
		{"what is China doing to the missiles?", ""},
		{"what is Russia doing to the prisoners?", ""},
	})
}
