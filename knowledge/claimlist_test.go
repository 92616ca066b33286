package knowledge

import "testing"

// TestWrongListed: a wrong name listed beside a right one in a claim put
// to check is corrected by the entry that lists the right one beside
// another the claim does not name; an added name ("also") is not.
func TestWrongListed(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		question string
		has      string // "" for declined
	}{
		{"Claim: Kyiv's allies Japan and South Korea reported that North Korea had sent thousands of soldiers. Correct?", "United States"},
		{"Kyiv's allies Japan and the US reported that NK sent troops, right?", "South Korea"},
		{"Japan and South Korea also reported NK sent troops, right?", ""}, // it adds Japan to the report's
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			checkCorrection(t, e, tt.question, tt.has)
		})
	}
}
