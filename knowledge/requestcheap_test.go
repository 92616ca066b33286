package knowledge

import "testing"

func TestMayRequest(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"how many north korean soldiers died?", false},
		{"I would be grateful if someone could TELL ME which official proposed it", true},
		{"Leadership asked what North Korea is getting out of it.", true},
		{"our desk Needs the casualty figure", true},
		{"wondering where they fight", true},
		{"aſked where they fight", true}, // not ASCII: the regexp tells
	}
	for _, tt := range tests {
		t.Run(tt.s, func(t *testing.T) {
			if got := mayRequest(tt.s); got != tt.want {
				t.Errorf("mayRequest(%q) = %v, want %v", tt.s, got, tt.want)
			}
			if _, ok := requested(tt.s); ok && !mayRequest(tt.s) {
				t.Errorf("requested(%q) holds a request mayRequest misses", tt.s)
			}
		})
	}
}
