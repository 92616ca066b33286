package knowledge

import (
	"maps"
	"slices"
	"strings"
	"testing"
)

func TestFirstWords(t *testing.T) {
	tests := []struct {
		name string
		set  []string
		want []string
	}{
		{"phrases of two words", []string{"besides", "except for", "other than"}, []string{"except", "other"}},
		{"single words only", []string{"besides", "beyond"}, nil},
		{"a first word of two phrases", []string{"apart from", "apart of"}, []string{"apart"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := slices.Sorted(maps.Keys(firstWords(setOf(tt.set...))))
			if !slices.Equal(got, tt.want) {
				t.Errorf("firstWords(%q) = %q, want %q", tt.set, got, tt.want)
			}
		})
	}
	// every phrase asideFrom looks up as a pair starts with one of them
	for p := range setAside {
		if w, _, ok := strings.Cut(p, " "); ok && !setAsideFirsts[w] {
			t.Errorf("%q: %q is not among setAsideFirsts", p, w)
		}
	}
}
