package knowledge

import "testing"

// The part a name plays in the report is what the report has of it.
func TestPlayInTheReport(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"What role does Budanov play in the report?", "budanov-role"},
		{"What role does Cho play in the article?", "cho-role"},
		{"What role does China play in the report?", ""},
		{"what's south korea's role in all this", "sk-support"},
		{"what is china's role in all this?", ""},
	})
}
