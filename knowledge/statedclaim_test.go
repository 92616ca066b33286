package knowledge

import "testing"

func TestStatedClaim(t *testing.T) {
	tests := []struct {
		question string
		want     bool
	}{
		{"this is NK's first war since the 1970s?", true},
		{"the US joint chiefs warned NK could send more troops?", true},
		{"nk sent troops in 2023?", true},
		{"nk wounded in feb?", false},             // a participle may be no verb
		{"nk losses in december?", false},         // no verb: a phrase asked
		{"is this nk's first war?", false},        // opens with an auxiliary
		{"the troops are fighting where?", false}, // a question word
		{"this is nk's first war since the 1970s", false},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			if got := statedClaim(tt.question, sentenceWords(tt.question)); got != tt.want {
				t.Errorf("statedClaim(%q) = %v, want %v", tt.question, got, tt.want)
			}
		})
	}
}

// TestStatedClaimCorrected: a claim stated with a question mark alone is
// checked as "..., right?" is, but who did a thing only as a question
// asks it.
func TestStatedClaimCorrected(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		question string
		entry    string // "" for declined
		has      string
	}{
		{"this is NK's first war since the 1970s?", "first-since-1950s", "1950s"},
		{"nk sent troops in 2023?", "when-sent", "last year"},
		{"South Korea is also sending soldiers to Ukraine?", "", ""}, // a doer, asked as a question asks it
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			checkCorrected(t, e, tt.question, tt.entry, tt.has)
		})
	}
}
