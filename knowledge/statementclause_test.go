package knowledge

import (
	"strings"
	"testing"
)

// A statement before a question, whose later clauses are the asker's own,
// is what its first clause speaks of: the question's "that" refers to it.
func TestStatementAnswer(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		q    string
		want string // a phrase of the answer
	}{
		{"so someone on the South Korean side also warned about North Korea possibly sending more soldiers, I think it was the military but I can't remember which body. who was it in South Korea that said that?", "Joint Chiefs"},
		{"someone in South Korea warned that North Korea could send more troops, I forget who. who was it that said that?", "Joint Chiefs"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			a := e.Answer(tt.q)
			if !a.Answered || !strings.Contains(a.Text, tt.want) {
				t.Errorf("Answer(%q) = %q, want %q\n%s", tt.q, a.Text, tt.want, e.Explain(tt.q))
			}
		})
	}
}
