package knowledge

import "testing"

// TestUnderName: a bare name after "under" qualifies the word after it as
// an adjective does, so a claim of whose control it is, wrong, is
// corrected; a place the report never names stays declined.
func TestUnderName(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		question string
		has      string // "" for declined
	}{
		{"Is Kursk under UA control?", "Russian control"},
		{"Kursk under UA control atm?", "Russian control"},
		{"Kharkiv under Russian control?", ""}, // a place the report never names
		{"Is Kharkiv under UA control?", ""},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			checkCorrection(t, e, tt.question, tt.has)
		})
	}
}
