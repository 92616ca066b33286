package knowledge

import "testing"

// A follow-up setting the figure just given against the other one, or
// asking how the two just given differ, is answered by the last answer
// when it gives both; otherwise it is read as before.
func TestComparedFigure(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{"more than the other date's figure", []string{"how many nk soldiers died by february?"}, "is that more than the january figure?", "fatalities-feb", "3,000"},
		{"more than the other number", []string{"how many nk soldiers died by february?"}, "is it higher than the 3000?", "fatalities-feb", "3,000"},
		{"why the two differ", []string{"north korean casualties"}, "why are they different", "losses", "4,000"},
		{"an answer of no figure", []string{"how many troops did nk send?"}, "is that more than the january figure?", "", ""},
		{"they, of no two figures", []string{"who proposed accepting the pows?"}, "why are they different", "", ""},
	})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"is that more than the january figure", true},
		{"is that more than the troops sent", false},
		{"is that more than usual", false},
	} {
		if got := comparesFigure(sentenceWords(tt.q)); got != tt.want {
			t.Errorf("comparesFigure(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}
