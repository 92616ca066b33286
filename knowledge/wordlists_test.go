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

// Lists that share words take them from one list: the words each adds of
// its own (the literal list passed to withWords) repeat none of the list
// it is made from.
func TestSharedWordLists(t *testing.T) {
	for _, tt := range []struct {
		name  string
		own   []string
		share map[string]bool
	}{
		{"vocatives", vocativeOwn, botNames},
		{"addressed", addressedOwn, vocatives},
		{"durationWords", durationOwn, calendarUnits},
		{"timeNouns", timeNounsOwn, calendarUnits},
	} {
		for _, w := range tt.own {
			if tt.share[w] {
				t.Errorf("%s repeats %q, a word of the list it is made from", tt.name, w)
			}
		}
	}
	if got := withWords(setOf("a"), "b"); len(got) != 2 || !got["a"] || !got["b"] {
		t.Errorf("withWords = %v", got)
	}
}

// TestUpperFirst: the first letter is upper-cased whole, of one byte or
// more, and a first rune with no upper case is left as it is.
func TestUpperFirst(t *testing.T) {
	for _, tt := range []struct{ s, want string }{
		{"last year", "Last year"}, {"élan", "Élan"}, {"“quoted”", "“quoted”"}, {"", ""}, {"3,000", "3,000"},
	} {
		if got := upperFirst(tt.s); got != tt.want {
			t.Errorf("upperFirst(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}
