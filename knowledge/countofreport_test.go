package knowledge

import "testing"

// A reading that asks a number of the report alone points back to the
// question before it, and asks of nothing (see countOfReport).
func TestCountOfReportAsksNothing(t *testing.T) {
	checkAnswers(t, testEngine(t), []answerCase{
		{"A patron wants to know how many North Korean soldiers Ukraine has actually captured so far. Does the report give a number?", ""},
		{"where is this report from?", "source"},
		{"Checking a letter: the writer claims Ukraine counted more than 5,000 North Korean soldiers dead or wounded as of January 2025. What figure does the report actually give?", ""},
	})
}
