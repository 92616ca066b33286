package knowledge

import (
	"strings"
	"testing"
)

// TestRetreatClaim: a claim that turns back what its entry states is
// answered as the opposite, not as if the entry answered it (review28
// item 10).
func TestRetreatClaim(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct {
		q        string
		opposite bool
	}{
		{"Is North Korea pulling out?", true},
		{"the jcs said nk is pulling out, didnt they?", true},
		{"Is North Korea expected to stop sending troops because of its losses?", true},
		{"North Korea could send more troops, right?", false}, // confirmed: "Yes."
		{"Is North Korea sending more troops?", false},        // a hedge, not a retreat
	} {
		a := e.Answer(tt.q)
		if got := strings.HasPrefix(a.Text, oppositeLead); got != tt.opposite {
			t.Errorf("Answer(%q) = %q; opens as the opposite %v, want %v", tt.q, a.Text, got, tt.opposite)
		}
	}
}
