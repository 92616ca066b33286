package knowledge

import "testing"

// TestReadinessFor: a readiness for an act ("willing to take") asks that
// act, of an entry speaking of it as offered, in a question of another
// kind; asked yes or no, or of an entry of what was done, the readiness
// must still be spoken of.
func TestReadinessFor(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		question, want string // want: the entry answering, "" for declined
	}{
		{"Under what condition is Seoul willing to take the North Korean POWs?", "condition"},
		{"Is North Korea willing to send more troops?", ""},     // the readiness is what is asked
		{"How many troops is North Korea willing to send?", ""}, // the troop count is of troops sent, not offered
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			checkAnsweredBy(t, e, tt.question, tt.want)
		})
	}
}
