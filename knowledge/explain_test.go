package knowledge

import (
	"strings"
	"testing"
)

// Explain shows what Answer does, retries included.
func TestExplain(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		q    string
		want []string // lines, in order, that the explanation must have
	}{
		{"How many Russian soldiers died?", []string{"terms: how_many(question) russia(entity) troops(role) killed(key)", "losses", "entry does not speak of russia"}},
		{"was it a phone call or a fax", []string{"asked again as: phone_call", "how-proposed", "ok"}},
		{"What's your name?", []string{"terms: who(question)", "nothing to rank"}},
		// as Answer does: the question after its premise, alone
		{"Budanov is the spy chief, what is his salary?", []string{"not asked as it stands", "asked again as: budanov salari", "score below"}},
		{"Kursk is Russian; who leads Ukraine's spies?", []string{"asked again as: who", "budanov-role", "ok"}},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			got := e.Explain(tt.q)
			rest := got
			for _, w := range tt.want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Fatalf("Explain(%q) lacks %q after what came before:\n%s", tt.q, w, got)
				}
				rest = rest[i+len(w):]
			}
		})
	}
}
