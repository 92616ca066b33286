package knowledge

import (
	"strings"
	"testing"
)

func TestCopulaClaim(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct {
		q   string
		yes bool
	}{
		{"Is the original source of this article newsukraine.rbc.ua?", true},
		{"Is Cho Tae-yul South Korea's foreign minister?", true},
		{"Are North Korean troops fighting in Kursk?", true},
		{"Is the original source of this article BBC?", false}, // a word the entry does not state
		{"Is it true that the source is BBC?", false},          // the claim's own opening, read as before
		{"Is Kursk under Ukrainian control?", false},           // one detail wrong
		{"Is South Korea or Ukraine holding the POWs?", false}, // a choice, not a claim
		{"Is North Korea sending more troops?", false},         // the entry says it could (hedgedentry.go)
		{"Is North Korea deploying more troops?", false},
	} {
		a := e.Answer(tt.q)
		if got := strings.HasPrefix(a.Text, "Yes."); got != tt.yes {
			t.Errorf("Answer(%q) = %q; opens with yes %v, want %v", tt.q, a.Text, got, tt.yes)
		}
	}
}
