package knowledge

import "testing"

// TestPostOf: a claim with a person's post right and what it is of wrong
// ("the head of Ukraine's army") is corrected by what the entry says the
// post is of; asked plainly, or asked who holds it, it is declined.
func TestPostOf(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		question string
		has      string // "" for declined
	}{
		{"Budanov is the chef of the ukrainian army, oder?", "Defense Intelligence"},
		{"Budanov is the chief of the ukrainian army, right?", "Defense Intelligence"},
		{"Budanov is the head of the Russian army, right?", "Defense Intelligence of Ukraine"},
		{"Who is the head of Ukraine's army?", ""},            // no such post told
		{"Is Budanov the head of Ukraine's army?", ""},        // asked plainly: out of scope in the sets
		{"Cho is the head of South Korea's army, right?", ""}, // the entry says what Cho is, not what a post of his is of
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			checkCorrection(t, e, tt.question, tt.has)
		})
	}
}
