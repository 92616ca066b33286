package knowledge

import "testing"

// TestPurposeDone: an act asked as the means to a purpose ("assist to a
// summit ... to present his proposal") is answered by the entry telling
// the doer doing the purpose, which corrects the means; an act with no
// purpose the entry tells stays turned down by act-spoken, and a purpose
// the entry does not tell ("to sign a treaty") stays declined.
func TestPurposeDone(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"Did the minister Cho assist to a summit in Kyiv to present his proposal?", "how-proposed"},
		{"Did Cho go to Kyiv to present his proposal?", "how-proposed"},
		{"did Cho go to Kyiv to sign a treaty?", ""}, // a purpose the entry does not tell
		{"Did the minister Cho travel to Kyiv to sign a treaty?", ""},
	})
}
