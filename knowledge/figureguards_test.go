package knowledge

import "testing"

// TestCountsGroup: a number of people asked in other words than "how
// many" is not answered by a count of what befell them.
func TestCountsGroup(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		q     string
		entry string // "" for declined
	}{
		{"nk troops in kursk exact number", ""},
		{"How many North Korean soldiers have been killed or injured?", "losses"},
		{"north korean troops killed or wounded total", "losses"}, // a number without "how many", of a measure named
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got := answeredBy(e.Answer(tt.q)); got != tt.entry {
				t.Errorf("Answer(%q) by %q, want %q\n%s", tt.q, got, tt.entry, e.Explain(tt.q))
			}
		})
	}
}

// TestSplitsTogether: a figure the answer gives for two key words together
// ("killed or injured") answers no question asking them apart, but does
// answer the toll as given next to another figure.
func TestSplitsTogether(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		// a split of the one January figure, asked in parts
		{"Could you confirm how many of the North Korean casualties in January were deaths and how many were injuries?", ""},
		{"How many North Korean soldiers does the report say were wounded, as distinct from killed?", ""},
		// the toll as given, beside another
		{"how many nk were killed/injured by jan 2025 and how many died by early feb?", "losses-january"},
	})
}
