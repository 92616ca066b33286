package knowledge

import "testing"

// TestLineThatSays: "the line that says X" asks for the report's own
// sentence of X; a line of anything else stays as it was read.
func TestLineThatSays(t *testing.T) {
	tests := []struct {
		q    string
		want string
		ok   bool
	}{
		{"the line that says how many north korean soldiers went to russia", "how many north korean soldiers went to russia", true},
		{"quote the line that mentions the kn-23", "the kn23", true},
		{"quote the line please", "", false},
		{"the line that says", "", false},
	}
	for _, tt := range tests {
		rest, ok := lineThatSays(sentenceWords(tt.q))
		if got := joinWords(rest); ok != tt.ok || got != tt.want {
			t.Errorf("lineThatSays(%q) = %q, %v, want %q, %v", tt.q, got, ok, tt.want, tt.ok)
		}
	}
}
