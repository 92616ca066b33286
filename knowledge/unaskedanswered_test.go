package knowledge

import "testing"

// TestUnaskedAnswered: a "where" or a name asked that the entry answers by
// its own answer, though no way of asking it says so, is not counted among
// the known words the entry lacks; a "where ... from" is not answered by
// where someone was sent.
func TestUnaskedAnswered(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		question, want string // want: the entry answering, "" for declined
	}{
		{"Which North Korean missile does the report name?", "kn23"},            // names the KN-23
		{`"if they desire to relocate" - relocate where exactly?`, "condition"}, // "moving to South Korea"
		{"where did taeyul make the call from, seoul?", ""},                     // "presented ... to Ukraine" is no whence
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			checkAnsweredBy(t, e, tt.question, tt.want)
		})
	}
}
