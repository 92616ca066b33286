package knowledge

import (
	"strings"
	"testing"
)

// whoHolds reads the role a question asks who holds, and nothing of a
// question that asks who did a thing.
func TestWhoHolds(t *testing.T) {
	tests := []struct{ in, want string }{
		{"who 's the south korean minister", "south korean minister"},
		{"who is budanov", "budanov"},
		{"who said the troops gain experience", ""},
		{"what did he say", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := strings.Join(whoHolds(strings.Fields(tt.in)), " "); got != tt.want {
				t.Errorf("whoHolds(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
