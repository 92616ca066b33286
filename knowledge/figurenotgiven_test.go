package knowledge

import "testing"

func TestFigureNotGiven(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		in, says string // says "" for the plain decline
	}{
		{"how many troops did nk send total, 10k or 12k?", "thousands"},
		{"how many troops did nk send, like 10k?", "thousands"},
		{"how many nk soldiers died, 5000 or 6000?", ""}, // the entry gives figures: they are not it (and one guessed alone is asked without it, guessafter.go)
		{"how many tanks did nk send, 10k?", ""},         // another word the pack does not know
		{"How many troops has North Korea sent?", ""},    // answered
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			a := e.Answer(tt.in)
			want := "The report doesn't say. I can answer questions like these:"
			if tt.says != "" {
				want = "The report doesn't give that figure; it says only “" + tt.says + "”. I can answer questions like these:"
			}
			if tt.in == "How many troops has North Korea sent?" {
				if !a.Answered {
					t.Errorf("Answer(%q) declined, want answered", tt.in)
				}
				return
			}
			if a.Answered || a.Text != want {
				t.Errorf("Answer(%q) = %v %q, want declined %q", tt.in, a.Answered, a.Text, want)
			}
		})
	}
}
