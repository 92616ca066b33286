package knowledge

import "testing"

// A "which" or "what" read as the word "how" asks the means; an "in what
// way" may ask a respect (see meansAskedGuard).
func TestMeansAsked(t *testing.T) {
	checkAnswers(t, testEngine(t), []answerCase{
		{"Through which channel did the Foreign Minister convey the offer regarding the reception of captured North Korean personnel?", ""},
		{"By what means was the proposal presented?", "how-proposed"},
		{"In what sense is this a humanitarian effort?", "significance"},
		// review27b 5: a channel that reports is the outlet, the source
		{"Which channel reported the news?", "source"},
	})
}
