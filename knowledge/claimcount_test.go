package knowledge

import "testing"

// A count put to check in small words is declined by an entry that gives
// no figure; the claim without a count, or a number that says which ones,
// is answered as before.
func TestClaimCount(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"Someone told me Ukraine has captured exactly two North Korean soldiers. True?", ""},
		{"ukraine captured only three north korean soldiers, true?", ""},
		{"Ukraine took two North Korean POWs, right?", ""},
		{"is it true ukraine captured 3 north korean soldiers?", ""},
		{"Did Ukraine capture North Korean soldiers?", "captured"},
		{"Which three sides have reported that North Korea sent troops to Russia?", "who-says-sent"},
	})
}

func TestCountClaimed(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"ukraine captured exactly two soldiers", true},
		{"a dozen soldiers were captured", true},
		{"the two countries agreed", false},
		{"captured two weeks ago", false},
		{"which two allies reported it", false},
		{"according two the article", false},
	} {
		if got := countClaimed(splitWords(tt.in)); got != tt.want {
			t.Errorf("countClaimed(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
