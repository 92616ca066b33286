package knowledge

import "testing"

// TestPlacedMeans: a claim putting the wrong means and a place it was in
// ("a summit in Washington") is corrected by how the thing was done;
// asked of the place alone, or with no means put, it is declined.
func TestPlacedMeans(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		question string
		has      string // "" for declined
	}{
		{"Is it correct that South Korea offered to take the prisoners during a summit in Washington?", "phone call"},
		{"Did Cho propose it at a summit in Kyiv?", "phone call"},
		{"What was discussed at the summit in Washington?", ""},                           // the place asked of, no claim
		{"Did South Korea discuss the prisoners at a summit in Washington?", ""},          // no offer put to check
		{"Is it true that North Korean troops are training at a camp in Washington?", ""}, // a place the report never speaks of
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			checkCorrection(t, e, tt.question, tt.has)
		})
	}
}
