package knowledge

import "testing"

func TestHyphenCompound(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"Which missile-type received an accuracy-improvement through the Russian collaboration?", "kn23"},
		{"Who is the head of the Ukrainian Defense-Intelligence-Service, by name?", "budanov-role"},
	})
	for _, tt := range []struct {
		in   string
		want string
	}{
		{"Which missile-type was improved?", "Which missile type was improved?"},
		{"Is Cho Tae-yul the minister?", ""},
		{"What about the KN-23?", ""},
		{"Did Budanov-ssi say it?", ""},
		{"Sino po yung nag-propose?", ""},
		{"For our Korean-American readers: who offered?", ""},
		{"send me an e-mail", ""},
	} {
		got, ok := e.an.unhyphened(tt.in)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("unhyphened(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
