package knowledge

import "testing"

// A gain "for" a name is that name's gain: the report tells only North
// Korea's.
func TestGainerFor(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"strategic benefit for Ukraine", ""},
		{"benefit for Ukraine", ""},
		{"strategic benefit for Russia", ""},
		{"what are the advantages for south korea", ""},
		{"strategic benefit for north korea", "combat-experience"},
		{"what are the advantages for north korea", "combat-experience"},
		{"what's the payoff for pyongyang", "combat-experience"},
	})
	for _, tt := range []struct{ q, want string }{
		{"strategic benefit for ukraine", "ukraine"},
		{"support for ukraine", ""},
	} {
		t.Run(tt.q, func(t *testing.T) {
			an := e.an.analyzeWords(sentenceWords(tt.q), true)
			got := ""
			if gs := gainersFor(an.words, an.terms); len(gs) > 0 {
				got = gs[0]
			}
			if got != tt.want {
				t.Errorf("gainersFor(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}
