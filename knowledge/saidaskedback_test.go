package knowledge

import (
	"slices"
	"testing"
)

// TestSaidAskedBack: "what did he say?" asked back after two people
// offers what each said, not who each is; another ask-back still offers
// the entries naming them when what each said is not answered.
func TestSaidAskedBack(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct {
		name   string
		turns  []string
		offers []string
	}{
		{"what each said", []string{"who's cho tae-yul", "and budanov?", "what did he say?"}, []string{"combat-experience", "will-accept"}},
		{"what else each said", []string{"who is budanov", "and cho tae-yul?", "so what else did he say?"}, []string{"will-accept", "combat-experience"}},
		// asked of each, "what did Kyrylo Budanov mean?" is not answered: who each is
		{"what each meant", []string{"who's cho tae-yul", "and budanov?", "what did he mean?"}, []string{"budanov-role", "who-proposed"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			as := converse(e, tt.turns...)
			a := as[len(as)-1]
			if a.Outcome != Clarify || !slices.Equal(a.RelatedIDs, tt.offers) {
				t.Errorf("%q: %s %q offering %q, want asked back offering %q", tt.turns, a.Outcome, a.Text, a.RelatedIDs, tt.offers)
			}
		})
	}
}
