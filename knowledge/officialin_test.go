package knowledge

import "testing"

// "Who in the X government ...?" asks which official of X: an entry that
// names none of X's does not answer.
func TestOfficialIn(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"who in the russian government made the offer", ""},
		{"who in the ukrainian government made the offer", ""},
		{"who in the south korean government made the offer", "who-proposed"},
		{"who in the seoul government proposed it", "who-proposed"},
	})
	for _, tt := range []struct{ q, want string }{
		{"who in the ukrainian government made the offer", "ukraine"},
		{"who in the russian leadership said it", "russia"},
		{"who in the kursk region is fighting", ""},
		{"who in the report made the offer", ""},
	} {
		t.Run(tt.q, func(t *testing.T) {
			an := e.an.analyzeWords(sentenceWords(tt.q), true)
			if got, _ := officialAsked(an.words, an.terms); got != tt.want {
				t.Errorf("officialAsked(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}
