package knowledge

import "testing"

// TestModifierHeads: a name written in the singular before a noun
// modifies it, so the owner before it owns the noun ("Seoul's POW offer"
// is Seoul's offer); a plural or a code keeps its owner.
func TestModifierHeads(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"What's the big-picture significance of Seoul's POW offer?", "significance"},
		{"What does South Korea's offer signify?", "readiness-signifies"},
		{"KN-23 missiles, to which country they belong?", "kn23"},
	})
	tests := []struct{ in, want string }{
		{"Seoul's POW offer", "south_korea>propose"},
		{"Ukraine's POWs held by Russia", "ukraine>prisoner_of_war"},
		{"North Korea's KN-23 missiles", "north_korea>kn23"},
	}
	for _, tt := range tests {
		an := e.an.analyze(tt.in, true)
		var got string
		for _, c := range modifierHeads(an.words, an.terms, compounds(an.terms, an.words, e.an.usage.losses)) {
			got += c[0] + ">" + c[1]
		}
		if got != tt.want {
			t.Errorf("modifierHeads(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
