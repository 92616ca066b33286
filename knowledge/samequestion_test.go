package knowledge

import "testing"

// TestSameQuestionOwn: a pointer back to no question before a question of
// its own is answered as that question; before a fragment it is asked back.
func TestSameQuestionOwn(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{name: "own question", q: "^ same question, what's the catch for the pows to go to sk", entry: "condition"},
		{name: "fragment", q: "same question for february", entry: "", says: `What do you mean by "same question"?`},
	})
}
