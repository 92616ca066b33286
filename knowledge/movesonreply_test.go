package knowledge

import "testing"

// A reply to a question asked back that opens "and what ..." is a
// question of its own, and "different thing" opening a message moves the
// talk on: no comparison.
func TestMovesOn(t *testing.T) {
	e := testEngine(t)
	claim := []string{"One of my drivers swears North Korea sent like 50,000 guys over there. That right?", "who says so?"}
	missiles := []string{"is russia helping nk with their weapons or what", "how many of those missiles they got"}
	checkTurns(t, e, []turnCase{
		{"and what, after asked back", claim, "and what are they doin there exactly", "kursk-activity", "Kursk"},
		{"a reply still", []string{"who says so?"}, "the troops", "why-sent", "thousands of troops"},
		{"different thing", missiles, "different thing — the guy from ukraine intel, what'd he say about the nk army", "combat-experience", "combat experience"},
		{"different, a comparison", nil, "how are the two casualty figures different?", "losses", "4,000"},
	})
}
