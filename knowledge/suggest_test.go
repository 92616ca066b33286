package knowledge

import (
	"slices"
	"strings"
	"testing"
)

func TestSuggest(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		typed string
		want  string // must be among the suggestions
	}{
		{"kur", "Where are North Korean troops fighting?"},
		{"budan", "Who is Kyrylo Budanov?"},
		{"kn2", "What has Russia done to North Korea's KN-23 missiles?"},
		{"who prop", "Who proposed accepting North Korean prisoners of war captured by Ukraine?"},
		{"how many troops ", "How many troops has North Korea sent?"},
	}
	for _, tt := range tests {
		t.Run(tt.typed, func(t *testing.T) {
			got := e.Suggest(tt.typed, 5)
			found := false
			for _, s := range got {
				found = found || s == tt.want
			}
			if !found {
				t.Errorf("Suggest(%q) = %q, want it to include %q", tt.typed, got, tt.want)
			}
		})
	}
	t.Run("completion does not depend on the vocabulary's order", func(t *testing.T) {
		// vocab is built from a map; a tie must not go to whichever word
		// the map gave first
		fwd := &Engine{an: e.an, vocab: slices.Sorted(slices.Values(e.vocab))}
		rev := &Engine{an: e.an, vocab: slices.Clone(fwd.vocab)}
		slices.Reverse(rev.vocab)
		for _, w := range []string{"ku", "kur", "bu", "pri", "tr", "nor", "ca", "se"} {
			if got, want := rev.completeWord(w), fwd.completeWord(w); got != want {
				t.Errorf("completeWord(%q) = %q with the vocabulary reversed, %q sorted", w, got, want)
			}
		}
	})
	t.Run("empty offers starters", func(t *testing.T) {
		if got := e.Suggest("", 25); len(got) == 0 || len(got) > 25 {
			t.Errorf("Suggest(\"\") = %d questions, want 1 to 25", len(got))
		}
	})
	t.Run("never more than n", func(t *testing.T) {
		if got := e.Suggest("north korea", 3); len(got) > 3 {
			t.Errorf("Suggest(n=3) = %d questions", len(got))
		}
	})
	t.Run("long input", func(t *testing.T) {
		long := strings.Repeat("northkoreansoldiers", 200)
		if got := e.Suggest(long, 25); len(got) > 25 {
			t.Errorf("Suggest(long) = %d questions", len(got))
		}
	})
}
