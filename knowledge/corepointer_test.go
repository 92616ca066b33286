package knowledge

import "testing"

// TestCoreKeepsParagraph: a question pointing at a paragraph is not
// answered from another by its core asked alone; without the pointer, the
// core is asked as before.
func TestCoreKeepsParagraph(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"What means the collaboration between South Korea and Ukraine about the prisoners, in the final paragraph?", ""},
		{"What means the collaboration between South Korea and Ukraine about the prisoners?", "collaboration"},
	})
}
