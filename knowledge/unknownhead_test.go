package knowledge

import "testing"

func TestUnknownHead(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		// its "it" is the reaction, which the report never gives, not Seoul
		{"Pyongyang's reaction to the Seoul offer: what was it?", ""},
		// a head the pack reads: asked of it
		{"Seoul's offer: what was it?", "what-proposed"},
	})
}
