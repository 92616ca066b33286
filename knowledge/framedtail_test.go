package knowledge

import "testing"

// TestFramedTail: a question after a premise that only frames it ("how
// does the article frame this") asks of the premise, so an entry answering
// the whole is not turned down as answering the premise alone; a question
// after it that asks a word of its own still is (TestMissesAsked).
func TestFramedTail(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		// ("@someone said the talks are purely military. how does the
		// article frame them?" was answered so while "how does the article
		// frame" was filler, an alias shaped as a question that review28
		// had dropped; its "them" now names nothing and it is declined)
		{"the whole 'humanitarian' angle is cope. how does the article frame this", "significance"},
		{"ok so seoul and kyiv on the phone, what's the actual focus of these talks", "talks-focus"},
	})
}
