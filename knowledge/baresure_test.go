package knowledge

import "testing"

// A bare "how sure?" after a question turned down is of that question, and
// declined; after an answer, and naming its figure, it is asked as before.
func TestBareSureAfterDecline(t *testing.T) {
	e := testEngine(t)
	sent := "How many troops did Pyongyang send, according to Kyiv and its allies?"
	checkTurns(t, e, []turnCase{
		{name: "after a question turned down", before: []string{sent, "and by february how many of them captured?"}, q: "how sure?", entry: ""},
		{name: "after an answer", before: []string{sent}, q: "how sure?", entry: "troop-count", says: "Not confirmed"},
		{name: "after an answer, that", before: []string{"how many nk soldiers died by early february?"}, q: "how sure is that figure?", entry: "fatalities-feb", says: "estimate"},
	})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"how sure", true},
		{"is it confirmed", false}, // points at "it"
		{"how sure is the 4000", false},
	} {
		t.Run(tt.q, func(t *testing.T) {
			if got := e.bareSure(splitWords(tt.q), lastAnswerAsk(splitWords(tt.q))); got != tt.want {
				t.Errorf("bareSure(%q) = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
}
