package knowledge

import "testing"

// "what about him?" of one the last answer names is asked back; a
// fragment that says what it wants of a name is merged as before.
func TestSameAgain(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		name     string
		before   []string
		q        string
		answered bool
	}{
		{"what about him, named in the last answer", []string{"so whats nk getting out of this one"}, "and what about him?", false},
		{"what about a name the last answer does not give", []string{"who is cho tae-yul?"}, "what about budanov?", true},
		{"his name, said what is wanted", []string{"who is the south korean foreign minister?"}, "and his name again?", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			as := converse(e, append(tt.before, tt.q)...)
			if a := as[len(as)-1]; a.Answered != tt.answered {
				t.Errorf("%q after %q: answered %v (%q), want %v", tt.q, tt.before, a.Answered, a.Text, tt.answered)
			}
		})
	}
}
