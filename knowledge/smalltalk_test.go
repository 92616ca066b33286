package knowledge

import "testing"

func TestIsQuestion(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Who made the offer?", true},
		{"who made the offer", true}, // a question word first
		{"Tell me who made the offer.", true},
		{"I would be most grateful if someone could remind me who it was that made the offer.", true},
		{"I'd like to know where the troops are.", true},
		{"I have been following this story with my grandson.", false},
		{"I know the troops are in Kursk.", false}, // knowing, but no question word after
		{"Thank you kindly.", false},
		{"since when", true}, // a bare question word asks of the question before
		{"then", false},
		{"so what's the other guy's job then", true}, // a question word after words that move the talk on
		{"so it goes", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := isQuestion(tt.in, sentenceWords(tt.in)); got != tt.want {
				t.Errorf("isQuestion(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}
