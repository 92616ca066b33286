package knowledge

import "testing"

func TestAsksTheOne(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"is he the one who said it", true},
		{"was cho the one that called", true},
		{"was it cho who called", true},
		{"is the 4000 figure the one", false},
		{"is it true", false},
		{"who is the one who called", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := asksTheOne(splitWords(tt.in)); got != tt.want {
				t.Errorf("asksTheOne(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// "Is NAME the one who said X?" is told who said it, whichever is named;
// a name the report has saying nothing of it is declined.
func TestTheOneWhoSaid(t *testing.T) {
	e := testEngine(t)
	checkAnswersSaying(t, e, []sayingCase{
		{"Is Cho the one who said NK troops are getting combat experience?", "combat-experience", []string{"Budanov"}},
		{"Was it Cho who said NK troops are getting combat experience?", "combat-experience", []string{"Budanov"}},
		{"is kim jong un the one who made the phone call?", "", nil},
	})
}
