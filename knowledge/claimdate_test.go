package knowledge

import "testing"

// TestWrongMonth: a month put to check with its part ("late March"), or
// with the claim naming the month as what is checked ("Is the month
// right?"), is corrected by the entry's own date; a month of a fact the
// report dates nowhere is declined.
func TestWrongMonth(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		question string
		has      string // "" for declined
	}{
		{"Am I right that roughly 4,000 had died by late March?", "early February"},
		{"Someone wrote that North Korean forces had about 4,000 deaths by early March. Is the month right?", "early February"},
		{"Was the over-3,000 casualty figure reported as of December 2024?", "January 2025"},
		{"Cho made the call in late March, right?", ""}, // the report gives no month of the call
		{"4,000 fatalities by the end of March, right?", "early February"},
		{"The report states approximately 4,000 North Korean fatalities by the end of March. Please verify the date given.", "early February"},
		{"The report puts the approximately 4,000 fatalities at early March, correct?", "early February"},
		{"Cho made the call at the end of March, right?", ""},
		{"North Korea sent troops to Russia earlier this year, is that correct?", "Last year"}, // "this year", asked as when, not why
		{"Cho made the call earlier this year, right?", ""},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			checkCorrection(t, e, tt.question, tt.has)
		})
	}
}
