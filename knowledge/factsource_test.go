package knowledge

import "testing"

// TestWrongSource: a figure put to check with a wrong source is answered
// by the entry that gives the figure and who reported it; a figure the
// report gives no source for is declined.
func TestWrongSource(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		question string
		has      string // "" for declined
	}{
		{"The 3,000 dead or injured figure came from the South Korean Joint Chiefs, correct?", "Ukraine reported"}, // whose body, dropped whole
		{"the 3000 figure was reported by the US, correct?", "Ukraine reported"},                                   // a country
		{"Is it accurate to state that the figure of over 3,000 killed or injured is attributed to the South Korean Joint Chiefs of Staff?", "Ukraine reported"},
		{"Is it accurate to state that the estimate of approximately 4,000 North Korean fatalities pertains to fighting in the Donetsk region?", "Kursk"}, // a place, "pertains to" a filler
		{"Is it accurate to state that, as of January 2025, Ukraine reported upwards of 5,000 North Korean soldiers killed or wounded?", "3,000"},         // a number, "accurate to state that" a filler
		{"Is it accurate to state that China gave North Korea tanks?", ""},                                                                                // what the report does not say
		{"Is it accurate to state that South Korea has offered to accept North Korean prisoners irrespective of their own wishes?", "Only if they want"},  // "irrespective" the condition
		{"the 4,000 figure came from the pentagon?", ""},                                                                                                  // no source given for it
		{"the south korean joint chiefs said 3,000 were captured, right?", ""},                                                                            // not the entry's figure of that
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			checkCorrection(t, e, tt.question, tt.has)
		})
	}
}
