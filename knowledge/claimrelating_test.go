package knowledge

import (
	"strings"
	"testing"
)

// TestRelatesStated: a relating word ("linked", "includes") is light
// only when the two things it links are stated, not any stated term on
// each side of it (the speaker before "said it is linked").
func TestRelatesStated(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct {
		q, entry string
		yes      bool
	}{
		{"Student here: Budanov linked the combat experience to improving North Korea's weapon systems, right?", "combat-experience", true},
		{"Budanov tied Russian forces to the combat experience, right?", "combat-experience", true},
		// confirmed before: "it" and "them", what is linked, are not stated
		{"Budanov said it is linked to improving weapon systems, right?", "combat-experience", false},
		{"Budanov linked the combat experience to them, right?", "combat-experience", false},
	} {
		t.Run(tt.q, func(t *testing.T) {
			a := e.Answer(tt.q)
			if got := answeredBy(a); got != tt.entry || strings.HasPrefix(a.Text, "Yes. ") != tt.yes {
				t.Errorf("%q: %q by %q, want by %q, yes %v", tt.q, a.Text, got, tt.entry, tt.yes)
			}
		})
	}
}
