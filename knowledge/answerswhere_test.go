package knowledge

import "testing"

// TestAnswersWhere: a "where" is answered by an entry asked another kind
// whose answer sends someone to a place the question does not name; asked
// where one is, only by a place it puts someone in, not one a thing is
// presented to.
func TestAnswersWhere(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		question, want string // want: the entry answering, "" for declined
	}{
		{"Where North Korea sent its soldiers last year?", "when-sent"},      // "dispatched ... to Russia last year"
		{"Where were North Korean soldiers sent last year?", "when-sent"},    // passive of sending asks where to
		{"Where was Cho when he presented the proposal?", ""},                // "presented the proposal ... to Ukraine" is no place he was
		{"Where in Russia did North Korea send its soldiers last year?", ""}, // Russia is named: no place within it
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			checkAnsweredBy(t, e, tt.question, tt.want)
		})
	}
}
