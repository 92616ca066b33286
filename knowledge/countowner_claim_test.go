package knowledge

import "testing"

// TestClaimOfOthersLosses: a claim of another country's losses is not
// checked as North Korea's with its name the wrong detail: the report
// gives no figure of Russia's or Ukraine's dead, so it is declined, not
// answered with North Korea's number; North Korea's own is corrected.
func TestClaimOfOthersLosses(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct{ q, has string }{
		{"Verifying: over 3,000 Russian dead or injured by January 2025, correct?", ""},
		{"So Russia's deaths hit 4,000 by February?", ""},
		{"So 4,000 Russian soldiers died by February?", ""},
		{"So Ukrainian deaths hit 4,000 by February?", ""},
		{"So 5,000 North Korean soldiers died by February?", "4,000"},
		{"The 3,000 dead or injured figure came from the South Korean Joint Chiefs, correct?", "Ukraine reported"}, // whose the figure's source is, not whose losses
	} {
		t.Run(tt.q, func(t *testing.T) { checkCorrection(t, e, tt.q, tt.has) })
	}
}
