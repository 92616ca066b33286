package knowledge

import "testing"

// TestFigureGuessed: a figure guessed after a colon or a dash, the
// question mark alone, is put to check; a phrase without one asks.
func TestFigureGuessed(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"NK KIA by early Feb: 5k?", "fatalities-feb"},
		{"NK casualties by jan - 5000?", "losses-january"},
		{"NK troops sent: 50?", "troop-count"}, // not thousands (claimfigure.go)
		{"NK troops sent: 5000?", ""},          // thousands may be 5,000
		{"nk losses in march: 6k?", ""},        // nor of that month
	})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"NK KIA by early Feb: 5k?", true},
		{"NK KIA by early Feb 5k?", false},     // no colon nor dash: a plain question
		{"how many NK KIA by Feb: 5k?", false}, // a question word asks
		{"NK KIA by early Feb: 5k", false},     // no question mark
		{"NK losses: about 5,000 or more?", false},
		{"losses of the KN-23 5000?", false}, // a name's hyphen
	} {
		if got := statedClaim(tt.q, sentenceWords(tt.q)); got != tt.want {
			t.Errorf("statedClaim(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}
