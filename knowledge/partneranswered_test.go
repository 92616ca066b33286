package knowledge

import "testing"

// To or with whom a thing said was done, or who was given it, is answered
// by the entry whose answer says to whom; the one naming who did it is not,
// and a receiving word before what is not said asks no recipient.
func TestPartnerAnswered(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct {
		name, q, want string // want "" for a decline
	}{
		{"who ... to", "who did cho make the proposal to", "what-proposed"},
		{"which country ... to", "Which country did South Korea make its proposal to?", "what-proposed"},
		{"was made to", "Who was the proposal made to?", "what-proposed"},
		{"got the offer", "Which country got the proposal?", "what-proposed"},
		{"received it", "who received south korea's offer", "what-proposed"},
		{"to whom, first", "To whom has South Korea made the proposal?", "what-proposed"},
		{"who proposed, still the doer", "who proposed taking in the pows", "who-proposed"},
		{"got the POWs asks who takes them", "who gets the pows", "who-proposed"},
		{"got an upgrade, not a thing said", "Who got the KN-23 upgrade?", "kn23"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkAnsweredBy(t, e, tt.q, tt.want)
		})
	}
}

func TestAsksRecipient(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"which country got the proposal", true},
		{"who has received the offer", true},
		{"who gets the pows", false},
		{"who proposed it", false},
		{"who got the upgrade", false},
	}
	an := testEngine(t).an
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			a := an.analyze(tt.q, true)
			got := false
			for _, x := range a.terms {
				if asksRecipient(a.words, a.terms, x) {
					got = true
				}
			}
			if got != tt.want {
				t.Errorf("asksRecipient(%q) = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
}
