package knowledge

import "testing"

// A question of how a fact is known asks who says it, also when chatter
// before it is read away first: the core is read as a turn reads it.
func TestKnownAskedPastChatter(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"Our listeners always ask 'how do they know?'. Is it confirmed that North Korea sent soldiers to help Russia, or is the report relying on what certain governments are saying?", "who-says-sent"},
		{"Is it confirmed that North Korea sent soldiers to help Russia, or is the report relying on what certain governments are saying?", "who-says-sent"},
		{"Our listeners always ask 'how do they know?'. Is it confirmed that North Korea sent soldiers to help Iran?", ""},
		{"Our listeners always ask 'how do they know?'. Is it confirmed that South Korea sent weapons to Ukraine?", ""},
	})
}
