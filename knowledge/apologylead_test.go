package knowledge

import "testing"

// An apology for asking again is a filler (pack.toml): its "asked" sinks
// nothing.
func TestApologyLeadIn(t *testing.T) {
	checkAnswers(t, testEngine(t), []answerCase{
		{"apologies if this has been asked before, but who is budanov?", "budanov-role"},
		{"not sure if this has been asked, where are nk troops fighting?", "where-fighting"},
		{"sorry if this was asked already but how many chinese soldiers died?", ""},
	})
}
