package knowledge

import "testing"

// An English verb with a Tagalog affix is read as the verb; a word whose
// rest is short, or unknown, is left alone.
func TestTaglishVerb(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		name, word, want string
	}{
		{"nag before a verb", "nagpropose", "propose"},
		{"mag before a verb", "magrelocate", "relocate"},
		{"i before a verb", "iaccept", "accept"},
		{"rest too short", "ideal", ""},
		{"rest unknown", "magnitude", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := e.an.taglishVerb(tt.word)
			if got != tt.want {
				t.Errorf("taglishVerb(%q) = %q, want %q", tt.word, got, tt.want)
			}
		})
	}
	checkAnsweredBy(t, e, "Sino po yung nag-propose na i-accept yung mga NK POWs?", "who-proposed")
}
