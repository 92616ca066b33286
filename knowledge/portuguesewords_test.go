package knowledge

import "testing"

// Portuguese words mixed into an English question: its function words and
// fillers ("é", "né", "tipo", "gente") are dropped as the pack's Spanish
// and German ones are, and its content words ("ministro", "fevereiro",
// "tropas", "fonte") are pack aliases of the English terms. A question
// wholly in Portuguese still gets the language notice.
func TestPortugueseWords(t *testing.T) {
	e := testEngine(t)
	tests := []struct{ q, want string }{
		{"How did the ministro make the proposta, né?", "how-proposed"},
		{"how many feridos and mortos in janeiro, gente?", "losses-january"},
		{"the tropas norte-coreanos, where they fight, tipo Kursk?", "where-fighting"},
		{"What is the fonte of the notícia?", "source"},
		{"Quem é o ministro?", ""},                         // wholly Portuguese: the notice
		{"O ministro, what is his salário?", ""},           // not in the report
		{"How many tropas sul-coreanos are in Kursk?", ""}, // not in the report
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got := answeredBy(e.Answer(tt.q)); got != tt.want {
				t.Errorf("Answer(%q) by %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}
