package knowledge

import "testing"

// TestWrongWho: a wrong name in a claim put to check is asked as "who" in
// its slot and corrected by the entry naming the report's; a claim stated
// with a question mark alone, or asked plainly, stays declined.
func TestWrongWho(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		question string
		has      string // "" for declined
	}{
		{"@kim the reports about NK troops came from China, right?", "United States"},
		{"I read South Korea wants to accept North Korean soldiers captured by Russia. Correct?", "captured by Ukraine"},
		{"Kim Jong Un said something about the captured soldiers?", ""}, // stated alone: asks whether he did
		{"Did the reports about NK troops come from China?", ""},        // asked plainly
		{"Zelensky proposed the POW swap, right?", ""},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			checkCorrection(t, e, tt.question, tt.has)
		})
	}
}
