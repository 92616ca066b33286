package knowledge

import (
	"strings"
	"testing"
)

// TestPartAbout: "the X part" is asked as "the part about X"; a part said
// by its place or manner ("the first part") is not.
func TestPartAbout(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct{ q, want string }{
		{"who said the xp part", "combat-experience"},
		{"who said the experience part?", "combat-experience"},
		{"what does the missile part say", "kn23"},
		{"who said the first part", ""},
		{"what numbers should i put in the casualty section", "losses"},
	} {
		checkAnsweredBy(t, e, tt.q, tt.want)
	}
}

// TestNamesPart: the words before "part" name what it is about only when
// the pack knows each of them.
func TestNamesPart(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct {
		what string
		want bool
	}{
		{"xp", true},
		{"missile", true},
		{"first", false},
		{"hardest", false},
		{"scariest", false},
		{"the", false},
	} {
		if got := e.namesPart(strings.Fields(tt.what)); got != tt.want {
			t.Errorf("namesPart(%q) = %v, want %v", tt.what, got, tt.want)
		}
	}
}
