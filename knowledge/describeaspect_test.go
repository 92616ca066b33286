package knowledge

import "testing"

// "How does the report describe the focus of the talks?" asks the focus
// itself (describesAspect), while "how does it describe the talks?" asks
// how it characterizes them.
func TestDescribedAspect(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"How does the article describe the focus of the talks between Seoul and Kyiv?", "talks-focus"},
		{"How does the report describe the talks?", "significance"},
	})
}
