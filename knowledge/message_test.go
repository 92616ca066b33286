package knowledge

import "testing"

func TestGuessAt(t *testing.T) {
	tests := []struct {
		before, q string
		want      bool
	}{
		{"Who actually reported that figure?", "Was it Ukraine or someone else?", true},
		{"who estimated the 4,000 deaths figure?", "ukraine or someone else?", true}, // the guesses alone
		{"who estimated it?", "ukraine or russia?", false},                           // a choice, asked
		{"Who is Cho?", "Is he the foreign minister?", true},
		{"Who is Cho?", "so is he the foreign minister?", true},
		{"Who sent troops?", "Did they send tanks?", false},      // a question of its own
		{"North Korea sent troops?", "Was it this year?", false}, // no question word before
		{"Who is Cho?", "Is Budanov a minister?", false},
		{"When did North Korea first send them", "was it this year or the year before?", true}, // "when" too
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got := guessAt(sentenceWords(tt.before), sentenceWords(tt.q)); got != tt.want {
				t.Errorf("guessAt(%q, %q) = %v, want %v", tt.before, tt.q, got, tt.want)
			}
		})
	}
}
