package knowledge

import "testing"

// TestMissesAsked: an entry answering a question as it stands answers the
// premise when it leaves out a word the question after it asks.
func TestMissesAsked(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"ok so seoul and kyiv on the phone, what's the actual focus of these talks", "talks-focus"},
	})
}
