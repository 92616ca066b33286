package knowledge

import (
	"reflect"
	"slices"
	"testing"
)

// TestPlainWords checks that the shortcut for plain lower-case text
// cuts the words cutWords does.
func TestPlainWords(t *testing.T) {
	for _, in := range []string{
		"", " ", "pyongyang", "north korea", "  double  spaced  ", "kn23",
		"over three thousand five hundred", "a thousand troops", "up to 4000 killed",
		"one of the two", "more than 3000", "the start of 2025", "seventy years",
	} {
		t.Run(in, func(t *testing.T) {
			if !plainLower(in) {
				t.Fatalf("plainLower(%q) = false", in)
			}
			if got, want := splitWords(in), cutWords(in); !reflect.DeepEqual(got, want) {
				t.Errorf("words(%q) = %q, cutWords gives %q", in, got, want)
			}
		})
	}
	for _, in := range []string{"North Korea", "kn-23", "3,000", "don't", "pyongyang?"} {
		if plainLower(in) {
			t.Errorf("plainLower(%q) = true", in)
		}
	}
}

// The shortcut for plain lower-case text cuts the words cutWords does.
func FuzzPlainWords(f *testing.F) {
	for _, s := range []string{"north korea", "a thousand troops", "up to 4000 killed", "  two  ", "one of the two"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !plainLower(s) {
			return
		}
		if got, want := splitWords(s), cutWords(s); !slices.Equal(got, want) {
			t.Errorf("words(%q) = %q, cutWords gives %q", s, got, want)
		}
	})
}

func TestWords(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"case and punctuation", "Who is Kyrylo Budanov?", []string{"who", "is", "kyrylo", "budanov"}},
		{"curly possessive", "North Korea’s troops", []string{"north", "korea", "'s", "troops"}},
		{"straight possessive", "Budanov's role", []string{"budanov", "'s", "role"}},
		{"apostrophe inside a word", "don't", []string{"dont"}},
		{"a plus joins", "when did they go + where are they", []string{"when", "did", "they", "go", "and", "where", "are", "they"}},
		{"an ampersand joins", "Seoul & Kyiv", []string{"seoul", "and", "kyiv"}},
		{"a plus after a number is no word", "3000+ killed", []string{"3000", "killed"}},
		{"'s after a word is its own", "what's", []string{"what", "'s"}},
		{"hyphenated name", "Cho Tae-yul", []string{"cho", "taeyul"}},
		{"code with hyphen", "KN-23", []string{"kn23"}},
		{"code with unicode hyphen", "KN\u201023", []string{"kn23"}},
		{"code without hyphen", "kn23", []string{"kn23"}},
		{"a number's lead joined by a hyphen", "the over-3,000 figure", []string{"the", "over", "3000", "figure"}},
		{"digit grouping", "over 3,000 soldiers", []string{"over", "3000", "soldiers"}},
		{"list of numbers stays apart", "1,2,3", []string{"1", "2", "3"}},
		{"decimal", "3.5 km", []string{"3.5", "km"}},
		{"full-width letters", "ＮＫ troops", []string{"nk", "troops"}},
		{"dash between words splits", "Seoul - Kyiv", []string{"seoul", "kyiv"}},
		{"a list joined by hyphens is its words", "killed-or-Wounded toll", []string{"killed", "or", "wounded", "toll"}},
		{"a list joined by hyphens with and", "rock-and-roll", []string{"rock", "and", "roll"}},
		{"a name with or in it stays one word", "Tae-orin", []string{"taeorin"}},
		{"emoji only", "🙂🙂", nil},
		{"invalid utf-8", "kursk\xff\xferegion", []string{"kursk", "region"}},
		{"control characters", "nk\x00\x01pows", []string{"nk", "pows"}},
		{"number words", "over three thousand five hundred", []string{"over", "3500"}},
		{"a scale", "a thousand troops", []string{"1000", "troops"}},
		{"digits and a scale", "around 5 thousand killed", []string{"around", "5000", "killed"}},
		{"a fraction and a scale", "3.5 thousand", []string{"3500"}},
		{"tens", "seventy years", []string{"70", "years"}},
		{"a year said in pairs", "january twenty twenty five", []string{"january", "2025"}},
		{"a year of two tens", "since nineteen fifty", []string{"since", "1950"}},
		{"a ten and a unit stay a count", "twenty five troops", []string{"25", "troops"}},
		{"units alone are words", "one of the two", []string{"one", "of", "the", "two"}},
		{"up to a number hedges it", "up to 4,000 killed", []string{"4000", "killed"}},
		{"up to elsewhere stays", "what are they up to", []string{"what", "are", "they", "up", "to"}},
		{"more than a number hedges it", "more than 3,000", []string{"3000"}},
		{"the start of a year is a date", "the start of 2025", []string{"the", "2025"}},
		{"a plural is no number", "thousands of troops", []string{"thousands", "of", "troops"}},
		{"the 2 counts things", "the 2 casualty counts", []string{"the", "two", "casualty", "counts"}},
		{"2 alone is a number", "2 soldiers", []string{"2", "soldiers"}},
		{"which 1 picks one", "which 1 is bigger", []string{"which", "one", "is", "bigger"}},
		{"1 after a noun is a number", "paragraph 1", []string{"paragraph", "1"}},
		{"a contracted auxiliary is dropped", "when'd they've", []string{"when", "they"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := splitWords(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("words(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestFoldsToItself checks the shortcut fold takes: a text it says folds
// to itself does, and the others are those fold may change.
func TestFoldsToItself(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"", true},
		{"North Korea sent troops.", true},
		{"over 3,000 killed", true},
		{"two  spaces", false},
		{" leading", false},
		{"trailing ", false},
		{"a\ttab", false},
		{"Ukraine\u2019s", false},
		{"\u201cquoted\u201d", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := foldsToItself(tt.in); got != tt.want {
				t.Errorf("foldsToItself(%q) = %v, want %v", tt.in, got, tt.want)
			}
			if folded, _ := fold(tt.in, true); tt.want && folded != tt.in {
				t.Errorf("fold(%q) = %q, yet foldsToItself says it is unchanged", tt.in, folded)
			}
		})
	}
}

// A text the shortcut passes through unfolded is one fold leaves as it is.
func FuzzFoldsToItself(f *testing.F) {
	for _, s := range []string{"North Korea", "two  spaces", " x", "x ", "Ukraine\u2019s", "a\tb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if folded, _ := fold(s, true); foldsToItself(s) && folded != s {
			t.Errorf("fold(%q) = %q, yet foldsToItself says it is unchanged", s, folded)
		}
	})
}

func TestWithoutMarkup(t *testing.T) {
	tests := []struct{ in, want string }{
		{"feb death count :skull:", "feb death count  "},
		{"<@123456> who is cho", "  who is cho"},
		{"who is cho <:pepe:987654>", "who is cho  "},
		{"at 10:30, who called?", "at 10:30, who called?"}, // a time is no emoji
		{"who is cho", "who is cho"},
		{"@newsbot so who is cho", "  so who is cho"},
		{"hey @everyone, who is cho", "hey , who is cho"},
		{"<@NewsBot> who's sayin it?", "  who's sayin it?"}, // a mention pasted by name, in its brackets
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := withoutMarkup(tt.in); got != tt.want {
				t.Errorf("withoutMarkup(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
