package knowledge

import "testing"

// A reading left with a name alone is answered only by an entry asked of
// that name alone: never by any entry that names it.
func TestBareName(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"Good morning. My grandson told me North Korea is helping Russia make its missiles better, but I thought it was the other way round. Which is it, please, according to this report?", ""},
		{"replying to kev: the talks are about trading POWs for money. what are they actually about?", "talks-focus"},
		{"budanov is some random blogger right?", "budanov-role"},
		{"My uncle claims China upgraded the KN-23. Who does the story say it was?", "sentence-7-2"},
		// a question that is a name alone as it stands asks where the
		// report names it: only a reading left so by asking again is held back
		{"Does the report mention the US?", "sentence-4-1"},
	})
}
