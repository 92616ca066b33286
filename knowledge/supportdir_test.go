package knowledge

import "testing"

// TestSupportDirection: support goes one way, from the supporter the
// entry's answer states to the one it supports; a question naming either
// wrongly is declined, and asked the right way round is still answered.
func TestSupportDirection(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"Is Ukraine supporting Russia?", ""},
		{"who supports Seoul", ""},
		{"Is Seoul backed by Kyiv?", ""},
		{"Is Ukraine supported by Russia?", ""},
		{"Is North Korea helped by Russia?", ""},
		{"Does Seoul help the North?", ""},
		{"Is the North helping Ukraine?", ""},
		{"Does Kyiv back Pyongyang?", ""},
		{"who is helping Russia?", "why-sent"},
		{"is NK backing Moscow?", "why-sent"},
		{"Is Russia supported by North Korea?", "why-sent"},
		{"Who does the DPRK help?", "why-sent"},
		{"who does Seoul back?", "sk-support"},
		{"Is Ukraine being helped by South Korea?", "sk-support"},
		{"does south korea assist north korean pows?", "sk-support"},
	})
}

// TestSupportFacts: who an entry's answer says supports, and whom.
func TestSupportFacts(t *testing.T) {
	e := testEngine(t)
	tests := []struct{ entry, by, to string }{
		{"sk-support", "south_korea", "ukraine"},
		{"troop-count", "north_korea", "russia"},
		{"why-sent", "north_korea", "russia"},
	}
	for _, tt := range tests {
		t.Run(tt.entry, func(t *testing.T) {
			for i, ie := range e.entries {
				if e.pack.Entries[i].ID != tt.entry {
					continue
				}
				if got := ie.support; !got.supporters[tt.by] || !got.supported[tt.to] || got.supported[tt.by] {
					t.Errorf("got by %v to %v, want %s supporting %s", got.supporters, got.supported, tt.by, tt.to)
				}
			}
		})
	}
}

// The support word as a noun a clause follows ("the help North Korea is
// giving Russia") is given by the clause's subject, to the name the clause
// gives it to.
func TestSupportClause(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"Describe the kind of help North Korea is giving Russia.", "why-sent"},
		{"What is the help North Korea has given Russia?", "why-sent"},
		{"the support Russia is giving North Korea?", ""},
		{"Describe the support Ukraine is giving Russia.", ""},
		{"What kind of help is Ukraine giving Russia?", ""},
	})
}
