package knowledge

import "testing"

// TestRoleOfQualifier: a post's qualifier after "of" put to check is
// corrected by the entry stating the post; asked plainly, or where the
// post after "of" is right, it is not corrected.
func TestRoleOfQualifier(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		question string
		has      string // "" for declined
	}{
		{"The report says the minister of defense Cho made the proposal, no?", "Foreign Minister"},
		{"Cho is the minister of defense, right?", "Foreign Minister"},
		{"Cho is the minister of the interior, right?", "Foreign Minister"},
		{"Was Cho the minister of defense?", ""}, // asked plainly
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			checkCorrection(t, e, tt.question, tt.has)
		})
	}
}
