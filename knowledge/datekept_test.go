package knowledge

import "testing"

// TestDateKept: a reading that drops a time the report does not tell of
// is no reading of the question; one that keeps the report's own dates is.
func TestDateKept(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"How many North Korean soldiers dead as of today, like right now in March?", ""},
		{"How many North Korean soldiers dead, like in March?", ""},
		{"How many North Korean soldiers dead, like in 2026?", ""},
		{"How many North Korean soldiers were dead as of January 2025?", "losses-january"},
		{"As January 2025 began, what was the North Korean casualty tally?", "losses"},
	})
}
