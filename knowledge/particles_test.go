package knowledge

import (
	"strings"
	"testing"
)

func TestJoinParticles(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		in, want string
	}{
		{"is seoul willing to take the pows in", "is seoul willing to take in the pows"},
		{"pyongyang shipped soldiers off to help moscow", "pyongyang shipped off soldiers to help moscow"},
		{"is sk gonna take them in or not", "is sk gonna take in them or not"},
		{"what war did north korea last take part in", "what war did north korea last take part in"}, // "take part", not "take in"
		{"how did cho pitch this in person", "how did cho pitch this in person"},                     // "in" opens a thing
		{"did north korea take soldiers in kursk", "did north korea take soldiers in kursk"},         // a place after it
		{"would they take the pows in kursk in", "would they take the pows in kursk in"},             // a preposition between
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := strings.Join(e.an.joinParticles(sentenceWords(tt.in)), " "); got != tt.want {
				t.Errorf("joinParticles(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
