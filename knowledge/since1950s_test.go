package knowledge

import "testing"

func TestLongWhileIsSince1950s(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"I apologize if this is a basic question. Has North Korea been part of a war like this recently, or is it the first time in a long while?", "first-since-1950s"},
		{"is it the first time in a long while?", "first-since-1950s"},
	})
}
