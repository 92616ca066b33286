package knowledge

import "testing"

// TestWrongLossKind: a figure put to check with its number and its date
// right and the kind of loss wrong is corrected by the report's kind; a
// date that is no running total, or no date, pins no figure.
func TestWrongLossKind(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		question string
		has      string // "" for declined
	}{
		{"So approximately 4,000 were wounded by early February?", "fatalities"},
		{"4,000 were wounded by early February, right?", "fatalities"},
		{"About 4,000 were wounded in February, right?", ""}, // a figure of February's
		{"Were 4,000 North Koreans wounded?", ""},            // no date pins it
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			checkCorrection(t, e, tt.question, tt.has)
		})
	}
}

func TestRunningTotal(t *testing.T) {
	for _, tt := range []struct {
		ws   []string
		want bool
	}{
		{[]string{"wounded", "by", "early"}, true},
		{[]string{"as", "of"}, true},
		{[]string{"by", "the", "end", "of"}, true},
		{[]string{"wounded", "in"}, false},
		{nil, false},
	} {
		if got := runningTotal(tt.ws); got != tt.want {
			t.Errorf("runningTotal(%q) = %v, want %v", tt.ws, got, tt.want)
		}
	}
}
