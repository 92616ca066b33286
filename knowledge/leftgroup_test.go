package knowledge

import (
	"strings"
	"testing"
)

// A group named before the comma is the subject pronoun of the question
// after it; a pronoun that is no subject, or does not agree, is left.
func TestLeftGroup(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{"the army, what it learns", []string{"Russia make the missile of north korea more good? which missile?"}, "the north korean army, what it learn from this war?", "combat-experience", "experience"},
	})
	for _, tt := range []struct{ q, want string }{
		{"the north korean army, what it learn from this war?", "what the north korean army learn from this war"},
		{"and the north korean troops, they must do something first?", "the north korean troops must do something first"},
		{"the north korean troops, who trains them?", ""},
		{"the north korean troops, what is it about?", ""},
		{"the north korean army, what did russia do for it?", ""},
		{"the bigger one, who came up with it?", "who came up with the bigger one"},
		{"that figure, where is it from?", "where is that figure from"},
		{"the bigger ones, who came up with them?", ""},
	} {
		t.Run(tt.q, func(t *testing.T) {
			rw, _ := e.namedFirst(strings.Split(tt.q, ","))
			if got := strings.Join(rw, " "); got != tt.want {
				t.Errorf("namedFirst(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}
