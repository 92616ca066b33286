package knowledge

import (
	"strings"
	"testing"
)

func TestHedgedEntry(t *testing.T) {
	e := testEngine(t)
	for _, w := range []string{"could", "may", "potential", "possibility", "likely"} {
		if !e.hedgeWords[w] {
			t.Errorf("hedgeWords[%q] = false, want true", w)
		}
	}
	for _, w := range []string{"estimated", "deploy", "said"} {
		if e.hedgeWords[w] {
			t.Errorf("hedgeWords[%q] = true, want false", w)
		}
	}
	for _, tt := range []struct {
		q   string
		yes bool
	}{
		{"Is North Korea sending more troops?", false},        // "could deploy more": a possibility
		{"North Korea is sending more troops, right?", false}, // the same claim, put as ", right?"
		{"North Korea could send more troops, right?", true},  // the claim carries the hedge
		{"The 3,000 figure came from Ukraine, right?", true},  // the hedge in parentheses is a side note
	} {
		a := e.Answer(tt.q)
		if got := strings.HasPrefix(a.Text, "Yes."); got != tt.yes {
			t.Errorf("Answer(%q) = %q; opens with yes %v, want %v", tt.q, a.Text, got, tt.yes)
		}
	}
}
