package knowledge

import "testing"

// TestWrongCount: a number put to check in the slot of a count the report
// gives in one figure is corrected by it; a number the figure may mean, or
// a count the report gives two figures of, or one asked plainly, is
// declined.
func TestWrongCount(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		question string
		has      string // "" for declined
	}{
		{"NK sent 500 troops, right?", "thousands"},
		{"North Korea only sent 300 soldiers to Russia, is that right?", "thousands"},
		{"NK sent 10k troops, right?", ""},                                                 // thousands may be 10,000
		{"My grandson says North Korea sent 12,000 troops. Is that the right number?", ""}, // nor 12,000
		{"Did NK send 500 troops?", ""},                                                    // asked plainly
		{"Is it true North Korea lost 10,000 soldiers?", ""},                               // two figures of losses
		// a date names which of the two figures the claim misstates
		{"the casualties in january were 2,500, right?", "3,000"},
		{"by early february about 5,000 nk soldiers died, right?", "4,000"},
		{"in march the casualties were 5,000, right?", ""},
		{"Belarus sent troops to Russia, right?", "North Korea"}, // a country the pack knows, in the slot of another
		{"Cho made the call in March, right?", ""},               // the report gives no month of the call
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			checkCorrection(t, e, tt.question, tt.has)
		})
	}
}

func TestWithinCount(t *testing.T) {
	for _, tt := range []struct {
		n, w string
		want bool
	}{{"12000", "thousand", true}, {"500", "thousand", false}, {"1000000", "thousand", false}, {"300", "hundred", true}} {
		if got := withinCount(tt.n, tt.w); got != tt.want {
			t.Errorf("withinCount(%q, %q) = %v, want %v", tt.n, tt.w, got, tt.want)
		}
	}
}
