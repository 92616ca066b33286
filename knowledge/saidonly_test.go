package knowledge

import "testing"

// TestSaidOnly: a question that asks only what one source said is
// answered by the one thing the report has it say; an office of it, a
// topic the question adds, a kind of answer, a source that says several
// things or none, and a thing that says nothing are not.
func TestSaidOnly(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"what did the us say", "who-says-sent"},
		{"did america say anything?", "who-says-sent"},
		{"What did Washington say?", "who-says-sent"},
		{"What did the White House say?", ""},
		{"what did the us government say", ""},
		{"What did the United States say about the POW proposal?", ""},
		{"what did the us say about the casualties", ""},
		{"when did the us say it", ""},
		{"what did kyiv say", ""},
		{"what did china say", ""},
	})
}
