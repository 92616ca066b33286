package knowledge

import "testing"

// A modal question asks whether a thing may be; a request stays (see
// possibleAskedGuard).
func TestPossibleAsked(t *testing.T) {
	checkAnswers(t, testEngine(t), []answerCase{
		{"Could North Korea bolster its forces in Russia?", ""},
		{"Is fighting in Kursk still going on?", ""},
		{"can someone confirm north korea sent its soldiers to russia last year?", "when-sent"},
		// review27b 4: "still" keeps an entry that states the act and its names
		{"Are NK troops still fighting alongside Russian forces?", "why-sent"},
		{"Do North Korean troops still fight alongside Russia?", "why-sent"},
		{"Is North Korea still helping Russia?", "why-sent"},
	})
}
