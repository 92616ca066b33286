package knowledge

import "testing"

// A "like X or Y" after a question offers its answers: left out, so the
// question is asked of the last answer, not of what the offer reads as.
func TestOffersAnswers(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"like confirmed or just reported", true},
		{"as in official or estimated", true},
		{"like 3000 died by february", false}, // a claim, no choice
		{"like or", false},
		{"confirmed or just reported", false}, // no "like": read as before
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := offersAnswers(splitWords(tt.in)); got != tt.want {
				t.Errorf("offersAnswers(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{name: "asked of the last answer", before: []string{"who's making the claim that NK sent troops?"}, q: "how sure is that tho? like confirmed or just reported", entry: "who-says-sent", says: "Not confirmed"},
	})
}
