package knowledge

import (
	"strings"
	"testing"
)

// How long a thing will take, ahead, and why a place and not another, are
// kinds of question of their own, which no entry answers; how long they
// have been somewhere is asked since, and why they are there at all why.
func TestKindsNoEntryAnswers(t *testing.T) {
	e := testEngine(t)
	tests := []struct{ q, term, entry string }{
		{"how long will the transfer take", "how_long_ahead", ""},
		{"how long are they gonna be in russia", "how_long_ahead", ""},
		{"how long have nk troops been in russia", "how_long", "when-sent"},
		// why that place and not another, which the report never says
		{"why kursk and not somewhere inside ukraine", "why_there", ""},
		{"why are nk troops in kursk", "why", "why-sent"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			terms := strings.Join(termTexts(e.an.analyze(tt.q, true)), " ")
			if !strings.Contains(" "+terms+" ", " "+tt.term+" ") {
				t.Errorf("analyze(%q) = %q, want the term %q", tt.q, terms, tt.term)
			}
			a := e.Answer(tt.q)
			got := a.EntryID
			if !a.Answered {
				got = ""
			}
			if got != tt.entry {
				t.Errorf("Answer(%q) = %q, want %q", tt.q, got, tt.entry)
			}
		})
	}
}
