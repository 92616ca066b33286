package knowledge

import "testing"

// TestAnswerBack: a request for "the number" after a question wants that
// question's answer, and is no question of its own.
func TestAnswerBack(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"Which paragraph says how many North Korean soldiers were captured by Ukraine? I need the number for my lesson plan.", ""},
		{"How many North Korean soldiers were captured? I need the figure for my class.", ""},
		{"How many North Korean soldiers have been killed or injured? I need the number for my lesson plan.", "losses"},
	})
}
