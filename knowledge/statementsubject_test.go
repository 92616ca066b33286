package knowledge

import "testing"

// A lone pronoun of the question after a statement of what "the X" was
// or is, in the same message, is that X; a statement of no such shape,
// or a pronoun of the other number, leaves the question as it is.
func TestStatementSubject(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{"they, the statement's plural subject", []string{"how big is North Korea's involvement now?"}, "In the 1950s the casualties were massive. What are they now?", "losses", "3,000"},
	})
	for _, tt := range []struct{ statement, q, want string }{
		{"in the 1950s the casualties were massive", "what are they now", "what are the casualties now"},
		{"the casualties were massive", "what is it now", ""},
		{"north korea was at war in the 1950s", "who was it fighting", ""},
		{"the casualties were massive", "did they say it", ""},
	} {
		rw, ok := e.withStatementSubject(sentenceWords(tt.statement), sentenceWords(tt.q))
		if got := joinWords(rw); ok != (tt.want != "") || got != tt.want {
			t.Errorf("%q then %q: %q %v, want %q", tt.statement, tt.q, got, ok, tt.want)
		}
	}
}
