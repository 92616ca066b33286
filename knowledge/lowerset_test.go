package knowledge

import (
	"strings"
	"testing"
)

// The lowered lookups and cuts give what the copies they replace gave.
func TestLoweredAsCopied(t *testing.T) {
	set := setOf("checking", "how", "i'm", "dear")
	words := []string{"Checking", "checking", "HOW", "How?", "I'm", "İ", "KELVİN", "dEaR", "", strings.Repeat("A", 40), "ﬁ", "Kdear"}
	for _, w := range words {
		t.Run("in "+w, func(t *testing.T) {
			if got, want := inLowered(set, w), set[strings.ToLower(w)]; got != want {
				t.Errorf("inLowered(%q) = %v, want %v", w, got, want)
			}
		})
	}
	for _, s := range []string{"how many, OR WHAT", "or what", "r what", "ŞOR WHAT", "KELVİN or so", "x Or Sth"} {
		for _, tag := range guessTags {
			t.Run("suffix "+s+tag, func(t *testing.T) {
				if got, want := hasLoweredSuffix(s, tag), strings.HasSuffix(strings.ToLower(s), tag); got != want {
					t.Errorf("hasLoweredSuffix(%q, %q) = %v, want %v", s, tag, got, want)
				}
			})
		}
	}
}
