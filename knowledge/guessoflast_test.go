package knowledge

import "testing"

// TestGuessOfLast: a question about the last answer with a guess after it
// is of the last answer.
func TestGuessOfLast(t *testing.T) {
	e := testEngine(t)
	before := []string{"does North Korea plan to keep sending soldiers despite the losses?"}
	checkTurns(t, e, []turnCase{
		{"wrong guess", before, "who's saying that, the americans?", "more-troops", "Joint Chiefs"},
		{"right guess", before, "who said that, south korea?", "more-troops", "Joint Chiefs"},
		{"nothing before", nil, "who's saying that, the americans?", "who-says-sent", "United States"},
	})
}
