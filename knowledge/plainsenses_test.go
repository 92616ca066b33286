package knowledge

import "testing"

// Scots as Scottish askers write it: the pack's fillers and senses, and
// "tae" before "yul" still Cho's name.
func TestScotsQuestions(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"When did the North send its boys tae Russia?", "when-sent"},
		{"Where'd ye get this story fae?", "source"},
		{"Hae the North Koreans taken bad losses or no?", "losses"},
		{"Wis it the Russians that sorted oot the North Koreans' missiles?", "kn23"},
		{"who is cho tae yul?", "cho-role"},
	})
}

// A copy editor's and a child's plain questions that the pack's senses read.
func TestPlainSenses(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"How is Budanov's first name spelled in the text?", "budanov-role"},
		{"can a prisoner say no to going to south korea", "condition"},
		{"do the prisoners themselves get any say in it?", "condition"},
		{"Minister Cho speak proposal by phone or by letter?", "how-proposed"},
		{"The Foreign Minister Cho talked with the Ukraine by which way?", "how-proposed"},
		{"What is the precise geographic region of the combat deployment of the North Korean troops?", "where-fighting"},
	})
}
