package knowledge

import (
	"strings"
	"testing"
)

// A figure put in the place of another takes the name said to give it
// along; a date put in the place of a date keeps it.
func TestDropFigureSource(t *testing.T) {
	e := testEngine(t)
	tests := []struct{ name, last, frag, want string }{
		{"a name before a saying word", "when did ukraine report the 3000 nk casualties", "and the 4000 figure", "when did report nk casualties the 4000"},
		{"after according to", "when were the 3000 nk casualties according to ukraine", "and the 4000", "when were nk casualties the 4000"},
		{"a date for a date keeps the source", "how many nk casualties did ukraine report in january", "and in february", "how many nk casualties did ukraine report in february"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := e.mergeInto(splitWords(tt.last), splitWords(tt.frag), false, nil)
			if s := strings.Join(got, " "); !ok || s != tt.want {
				t.Errorf("mergeInto(%q, %q) = %q, %v, want %q", tt.last, tt.frag, s, ok, tt.want)
			}
		})
	}
}
