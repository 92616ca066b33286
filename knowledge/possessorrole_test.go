package knowledge

import "testing"

// A role between a country and a thing it owns names whose the thing is,
// as the country does: the named guard does not ask for the role.
func TestCountrysPossessor(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"what has russia done to the north korean military's missiles?", "kn23"},
		{"what has russia done to the south korean military's missiles?", ""},
		{"what has russia done to the north korean military's rifles?", ""},
		{"did north korean troops improve missiles?", ""},
	})
	checkTurns(t, e, []turnCase{
		{before: []string{"what does north korea get out of this war according to the article?", "who said that?"}, q: "and what has russia done to their missiles?", entry: "kn23"},
		{before: []string{"are the nk troops in kursk supervised at all?", "by whom?"}, q: "what does the report say about their missiles getting better?", entry: "kn23"},
	})
}
