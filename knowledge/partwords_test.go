package knowledge

import (
	"strings"
	"testing"
)

// A part of a question asking two things reads only its own words: the
// other part's "already went" does not make the first ask whether the
// prisoners went, and the first's "sent troops to back Russia" does not
// make "how many troops" ask of a part of a force.
func TestOwnWords(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		q, entry, says string
	}{
		{"What is the condition for the prisoners to go to South Korea, and how many of them already went?", "condition", "doesn't say how many"},
		{"who has been reporting that North Korea sent troops to back Russia, and roughly how many troops?", "", "Thousands"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			a := e.Answer(tt.q)
			if !a.Answered || tt.entry != "" && answeredBy(a) != tt.entry || !strings.Contains(a.Text, tt.says) {
				t.Errorf("Answer(%q) = %s %q by %q, want %q saying %q", tt.q, a.Outcome, a.Text, answeredBy(a), tt.entry, tt.says)
			}
		})
	}
}

func TestOwnWordsBlanks(t *testing.T) {
	e := testEngine(t)
	an := e.an.analyze("what is the condition and how many already went", true)
	parts, _ := an.clausesOwn()
	if len(parts) != 2 {
		t.Fatalf("clausesOwn: %d parts, want 2", len(parts))
	}
	if got, want := strings.Join(parts[0].words, "|"), "what|is|the|condition|||||"; got != want {
		t.Errorf("first part's words = %q, want %q", got, want)
	}
}
