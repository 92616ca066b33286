package knowledge

import "testing"

// The public and what it thinks are no part of the report: only its
// officials' views are; a question of them is declined.
func TestPublicOpinion(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"in south korea, what do people think about accepting the prisoners?", ""},
		{"what is public opinion in south korea on taking the pows?", ""},
		{"what does south korea's readiness to accept the prisoners signify?", "readiness-signifies"},
	})
	checkTurns(t, e, []turnCase{
		// "concerns" of worries, not what the conclusion is about: no
		// overview of the report in its place
		{"concerns about what", []string{"what does the article conclude?"}, "concerns about what?", "", ""},
		{"after the losses", []string{"north korea soldiers die how many?"}, "and in south korea, what people think about accept them?", "", ""},
	})
}
