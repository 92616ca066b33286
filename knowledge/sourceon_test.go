package knowledge

import "testing"

func TestSourceOn(t *testing.T) {
	e := testEngine(t)
	checkAnswersSaying(t, e, []sayingCase{
		{"who's the source on nk gaining combat experience?", "combat-experience", []string{"Budanov"}},
		{"Whose intelligence is the source on the North Koreans' combat experience and weapons?", "combat-experience", []string{"Defense Intelligence"}},
		{"who's the source on the 4k figure?", "", nil},
		{"who's the source on china gaining combat experience?", "", nil},
		{"who is the source on nk losing tanks?", "", nil},
	})
}

func TestSourceOnWords(t *testing.T) {
	tests := []struct{ q, want string }{
		{"who's the source on nk gaining combat experience?", "nk gaining combat experience"},
		{"whats the source on this article", ""},
		{"the source on the phone call was who?", ""},
		{"who's the source on that?", ""},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			rest, _ := sourceOn(sentenceWords(tt.q))
			if got := joinWords(rest); got != tt.want {
				t.Errorf("sourceOn(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}
