package knowledge

import "testing"

// A question judging the report itself is declined; one judging a thing
// it reports is asked.
func TestJudgesReport(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		q    string
		want bool
	}{
		{"is this accurate?", true},
		{"is the report true?", true},
		{"can I trust this article?", true},
		{"is the article biased against Russia?", true},
		{"whose side is the article on?", true},
		{"which side does the article take?", true},
		{"is the KN-23 accurate now?", false},
		{"whose side is North Korea on?", false},
		{"which report is this?", false},
		{"what does the article say about Russia?", false},
		{"is this about Russia?", false},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			ws := sentenceWords(tt.q)
			if got := judgesReport(ws, e.an.analyzeWords(ws, true)); got != tt.want {
				t.Errorf("judgesReport(%q) = %v, want %v", tt.q, got, tt.want)
			}
			if a := e.Answer(tt.q); tt.want && a.Outcome != Declined {
				t.Errorf("Answer(%q) = %s by %q, want declined", tt.q, a.Outcome, a.EntryID)
			}
		})
	}
}
