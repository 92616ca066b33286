package knowledge

import "testing"

// What a reference means, asked first, is asked back; a meaning of a thing
// named, or asked after a turn, is not.
func TestMeaningOfNothing(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		q    string
		want bool
	}{
		{"bruh what does it mean", true},
		{"what does that mean", true},
		{"what does this signify", true},
		{"what does it mean that the troops are monitored", false}, // named
		{"what does this mean for the prisoners", false},           // named
		{"what does sk's readiness signify", false},                // no reference
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got := e.meaningOfNothing(splitWords(tt.q), nil); got != tt.want {
				t.Errorf("meaningOfNothing(%q) = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
	as := converse(e, "bruh what does it mean")
	if as[0].Outcome != Clarify {
		t.Errorf("first turn: got %v %q; want asked back", as[0].Outcome, as[0].Text)
	}
}
