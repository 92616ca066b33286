package knowledge

import "testing"

// Who does an act done together with the ones named is answered by the
// entry that names their partner in it; one that names no partner is not.
func TestMutualActs(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct {
		name, q, want string // want "" for a decline
	}{
		{"helping them get experience", "who's helping nk troops get combat experience?", "combat-experience"},
		{"helping them gain it", "who is helping nk get all that combat experience", "combat-experience"},
		{"helping, no partner given", "who is helping north korea pay its soldiers?", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkAnsweredBy(t, e, tt.q, tt.want)
		})
	}
}
