package knowledge

import "testing"

// TestPartAbout: "the X part" is asked as "the part about X"; a part said
// by its place or manner ("the first part") is not.
func TestPartAbout(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct{ q, want string }{
		{"who said the xp part", "combat-experience"},
		{"who said the experience part?", "combat-experience"},
		{"what does the missile part say", "kn23"},
		{"who said the first part", ""},
	} {
		checkAnsweredBy(t, e, tt.q, tt.want)
	}
}
