package knowledge

import "testing"

// TestAfterEvent: a question of what came after an event the report
// tells is not answered by the entry that tells the event; "even after"
// is "despite", and is answered as before.
func TestAfterEvent(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"Did Cho travel to Kyiv after the call?", ""},
		{"Did Cho travel to Kyiv?", "how-proposed"},
		{"Is it true that North Korea might deploy more troops even after its heavy losses?", "more-troops"},
	})
	for _, tt := range []struct{ q, want string }{
		{"did cho travel to kyiv after the call", "phone_call"},
		{"what happened following his phone call", "phone_call"},
		{"what happened after january", ""},
		{"and after that", ""},
	} {
		an := e.an.analyze(tt.q, false)
		if got := askedAfterEvent(an.words, an.terms); got != tt.want {
			t.Errorf("askedAfterEvent(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}
