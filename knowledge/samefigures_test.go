package knowledge

import (
	"testing"
)

// Another entry answering a question about the last answer speaks of it
// when it gives the last answer's figures.
func TestGivesFiguresOf(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		other, last string
		want        bool
	}{
		{"casualties-indicate", "losses-january", true}, // severe losses: the figures, both
		{"losses", "fatalities-feb", true},
		{"what-proposed", "losses-january", false}, // no figure of it
		{"losses", "what-proposed", false},         // the last answer gives none
	}
	for _, tt := range tests {
		t.Run(tt.other+"/"+tt.last, func(t *testing.T) {
			if got := e.givesFiguresOf(e.byID[tt.other], e.byID[tt.last]); got != tt.want {
				t.Errorf("givesFiguresOf(%s, %s) = %v, want %v", tt.other, tt.last, got, tt.want)
			}
		})
	}
	convs := []turnCase{
		{"is that a lot, of a toll", []string{"how many north korean soldiers got killed or hurt according to ukraine"}, "is that a lot?", "casualties-indicate", "Severe"},
		{"of the last answer, answered by another of no figure of it", []string{"what has russia done for north korea's missiles?"}, "what does russia get back for that?", "", ""},
	}
	checkTurns(t, e, convs)
}
