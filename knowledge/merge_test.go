package knowledge

import (
	"strings"
	"testing"
)

// A fragment's parts replace the last question's parts of their kind; a
// figure noun after a number or a determiner names a figure, not a
// question of how many.
func TestMergeInto(t *testing.T) {
	e := testEngine(t)
	tests := []struct{ last, frag, want string }{
		{"when did ukraine report the 3000 nk casualties", "and the 4000 figure", "when did ukraine report nk casualties the 4000"},
		{"when did north korea send soldiers to russia", "and how many", "how many did north korea send soldiers to russia"},
		{"why did north korea send soldiers to russia", "when", "when did north korea send soldiers to russia"},
	}
	for _, tt := range tests {
		t.Run(tt.frag, func(t *testing.T) {
			got, ok := e.mergeInto(splitWords(tt.last), splitWords(tt.frag), false)
			if s := strings.Join(got, " "); !ok || s != tt.want {
				t.Errorf("mergeInto(%q, %q) = %q, %v, want %q", tt.last, tt.frag, s, ok, tt.want)
			}
		})
	}
}
