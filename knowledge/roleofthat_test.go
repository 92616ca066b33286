package knowledge

import "testing"

// A role of a thing only referred to, asked first, is asked back; a role
// of a thing named, or a "this" that is the report's story, is not.
func TestRoleOfNothing(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		q    string
		want bool
	}{
		{"who's the guy in charge of that", true},
		{"who runs it", true},
		{"who is the head of this", true},
		{"who runs ukraine's defense intelligence", false}, // named
		{"whats nk getting out of this", false},            // no role
		{"who is in charge", false},                        // nothing referred to
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got := e.roleOfNothing(splitWords(tt.q), nil); got != tt.want {
				t.Errorf("roleOfNothing(%q) = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
	as := converse(e, "who's the guy in charge of that?", "i mean ukraine's defense intelligence, who runs it?")
	if as[0].Answered || !as[1].Answered || as[1].EntryID != "budanov-role" {
		t.Errorf("asked back, then replied: got %v %q, %v %q; want asked back, then budanov-role", as[0].Answered, as[0].Text, as[1].Answered, as[1].EntryID)
	}
}
