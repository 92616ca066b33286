package knowledge

import "testing"

func TestMustWish(t *testing.T) {
	checkRewrite(t, "mustWish", mustWish, []readingCase{
		{"but must the soldier want one", "but the soldier must want one"},
		{"must they want to go", "they must want to go"},
		{"must south korea accept them", "must south korea accept them"}, // no wish: as asked
		{"what must they do if they want to go", "what must they do if they want to go"},
	})
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"but must the soldier himself want one or not leh", "condition"},
		{"must the prisoners want to go?", "condition"},
	})
}
