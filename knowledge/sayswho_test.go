package knowledge

import "testing"

// TestSaysWhoOfLast: "does it say who ..." of the last answer asks who,
// not how sure.
func TestSaysWhoOfLast(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{"who made the estimate", []string{"how many died by early feb?"}, "does it say who came up with that estimate?", "", "doesn't say"},
		{"who reported the toll", []string{"how many were killed or injured by january 2025?"}, "does it say who reported that?", "losses-january", "Ukraine"},
	})
}
