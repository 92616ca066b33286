package knowledge

import "testing"

// TestHedgedGuess: a decade hedged by "like" in a question opened by an
// auxiliary is a guess put to check; unhedged, or of a thing the report
// does not speak of, it is declined.
func TestHedgedGuess(t *testing.T) {
	e := testEngine(t)
	checkAnswersSaying(t, e, []sayingCase{
		{"is it North Korea's first war since like the 1990s?", "first-since-1950s", []string{"1950s"}},
		{"Is this North Korea's first war since the 1980s?", "", nil},
		{"did north korea send tanks since like the 1990s?", "", nil},
	})
}
