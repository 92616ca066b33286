package knowledge

import "testing"

// A first message whose reference nothing named before it resolves is
// answered as it stands when the question itself may give what it stands
// for; else it is asked back.
func TestOwnReference(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		q       string
		outcome Outcome
		entry   string
	}{
		// "his" is whoever the "who" before it finds: both parts are
		// answered, the first's entry first (answeredperson.go)
		{"who made the proposal and what's his job?", Answered, "who-proposed"},
		// "he" is the asker's friend, of whom nothing is asked
		{"my friend swears the nk troops are not even fighting and he is sure, so like where are they fighting?", Answered, "where-fighting"},
		// "that number" is the figure the question gives before it
		{"ukraine said about 3k north koreans were killed or hurt - when was that number from?", Answered, "losses-january"},
		// nothing before the reference it could stand for
		{"what did he say about the prisoners?", Clarify, ""},
		{"what is his position on the prisoners?", Clarify, ""},
		// what comes before it refers too ("that unit"), to nothing named
		{"That unit he mentioned, which one was it?", Clarify, ""},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			a, _ := e.AnswerIn(Conversation{}, tt.q)
			if a.Outcome != tt.outcome || answeredBy(a) != tt.entry {
				t.Errorf("AnswerIn(%q) = %s by %q, want %s by %q\n%s", tt.q, a.Outcome, answeredBy(a), tt.outcome, tt.entry, e.Explain(tt.q))
			}
		})
	}
}
