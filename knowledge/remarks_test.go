package knowledge

import "testing"

// A question marked as one is answered without the remarks after it, when
// that answers; a question asked after it, unmarked, is no remark.
func TestBeforeRemarks(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		q     string
		entry string // "" for declined
	}{
		{"which side are the NK troops fighting for? some people on here insist they're just 'volunteers' lol", "why-sent"},
		// the question alone is not answered: read whole, and declined
		{"how many tanks did nk send? my bro says a lot", ""},
		// a remark never makes a question answered
		{"did nk send tanks? just wondering", ""},
		// a terse question ends with a full stop, and so does its directive
		{"KN-23: what changed. Short pls.", "kn23"},
		{"Who offered to take NK POWs. Name.", "who-proposed"},
		{"how many nk troops did they send? lol", "troop-count"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got := answeredBy(e.Answer(tt.q)); got != tt.entry {
				t.Errorf("Answer(%q) by %q, want %q\n%s", tt.q, got, tt.entry, e.Explain(tt.q))
			}
		})
	}
}

// A remark asking the answer exact is read with the question, and declined:
// the report gives no figure of the troops sent, only "thousands".
func TestExactRemark(t *testing.T) {
	e := testEngine(t)
	checkAnswersSaying(t, e, []sayingCase{
		{"how many NK soldiers in total in russia now? like exact number", "", nil},
		{"how many nk troops did they send? precisely pls", "", nil},
		{"how many nk troops did they send? exact or rough is fine", "troop-count", []string{"Thousands"}},
		{"how many nk troops did they send? my bro says exactly what they did is secret", "troop-count", []string{"Thousands"}},
	})
}
