package knowledge

import "testing"

func TestRecipientAsked(t *testing.T) {
	tests := []struct {
		q, want string
	}{
		{"to who?", "to"},
		{"and with whom?", "with"},
		{"where to?", "to"},
		{"to where", "to"},
		{"where?", ""},
		{"where are they?", ""},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got := recipientAsked(splitWords(tt.q)); got != tt.want {
				t.Errorf("recipientAsked(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}
