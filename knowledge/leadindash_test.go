package knowledge

import "testing"

// A lead-in set apart by a dash asks nothing, as one before a colon.
func TestLeadInBeforeDash(t *testing.T) {
	tests := []struct{ in, premise, question string }{
		{"on deadline — how many nk soldiers died by february?", "on deadline", "how many nk soldiers died by february?"},
		{"quick one - who is budanov?", "quick one", "who is budanov?"},
		{"for my essay -- when did nk last fight a war?", "for my essay", "when did nk last fight a war?"},
		{"morning all—where are they fighting?", "morning all", "where are they fighting?"},
		{"what are the kn-23 upgrades?", "", ""},                 // a hyphen inside a word
		{"\"stands prepared\" - where did he say this?", "", ""}, // a quotation is asked of
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			p, q, _ := afterPremise(tt.in)
			if p != tt.premise || q != tt.question {
				t.Errorf("afterPremise(%q) = %q, %q, want %q, %q", tt.in, p, q, tt.premise, tt.question)
			}
		})
	}
	checkAnswers(t, testEngine(t), []answerCase{
		{"on deadline — how many nk soldiers died by february?", "fatalities-feb"},
		{"quick one - who is budanov?", "budanov-role"},
		{"on deadline — how many russian soldiers died by february?", ""},
		{"about the russians — how many died?", ""},
		{"deadline — what is budanov's salary?", ""},
	})
}
