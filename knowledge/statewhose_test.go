package knowledge

import (
	"strings"
	"testing"
)

// A state asked of a group, or of a name done to, is answered only by an
// entry that has the group or the name so: never "Yes" of another's
// improvement.
func TestStateWhose(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		q, entry string // entry "" for declined
	}{
		{"is russia's army improved?", ""},
		{"is russia's army upgraded?", ""},
		{"is russia's army more powerful?", ""},
		{"have russian soldiers been upgraded?", ""},
		{"did the russian army improve?", ""},
		{"is russia improved?", ""},
		{"is russia more powerful?", ""},
		{"are north korea's missiles improved?", "kn23"},
		{"are russian forces bolstered?", "why-sent"},
		{"Is North Korea's role in the war increasing?", "growing-involvement"},
		{"Is Russia partner of North Korea?", "who-says-sent"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			a := e.Answer(tt.q)
			if got := answeredBy(a); got != tt.entry {
				t.Errorf("Answer(%q) by %q (%q), want %q", tt.q, got, a.Text, tt.entry)
			}
			if tt.entry == "" && strings.HasPrefix(a.Text, "Yes") {
				t.Errorf("Answer(%q) = %q, want no yes", tt.q, a.Text)
			}
		})
	}
}

// TestComparativeSpelled: only a comparative's spelling says a state; a
// noun in "-er" does not.
func TestComparativeSpelled(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"stronger", true},
		{"bigger", true},
		{"heavier", true},
		{"weaker", true},
		{"greater", true},
		{"partner", false},
		{"leader", false},
		{"member", false},
		{"power", false},
		{"other", false},
	} {
		if got := comparativeSpelled(c.w); got != c.want {
			t.Errorf("comparativeSpelled(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}
