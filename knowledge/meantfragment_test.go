package knowledge

import (
	"strings"
	"testing"
)

func TestMeantFragment(t *testing.T) {
	tests := []struct{ in, want string }{
		{"no i meant january", "january"},
		{"sorry no i meant the february one", "the february one"},
		{"ukraine i mean", "ukraine"},
		{"sorry i meant when did ukraine report it", ""}, // a whole question: unsaid's
		{"what do you mean", ""},
		{"cho said i meant it", ""}, // not led by correction words
		{"sorry i meant", ""},       // only correction words: no part of it
		{"no i mean", ""},
		{"no i meant", ""},
		{"oh wait i meant february not january", "february"}, // what it replaces is no part of it
		{"i meant february instead of january", "february"},
		{"i meant not january", "not january"}, // nothing meant before it
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			out, ok := meantFragment(strings.Fields(tt.in))
			got := strings.Join(out, " ")
			if !ok {
				got = ""
			}
			if got != tt.want {
				t.Errorf("meantFragment(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCorrectionByPart(t *testing.T) {
	e := testEngine(t)
	tests := []turnCase{
		{"a date in the place of the last question's", []string{"how many nk soldiers died by february"}, "no i meant january", "losses-january", "3,000"},
		{"a name in the place of a pronoun nothing resolved", []string{"how many did they lose?"}, "north korea i mean", "losses", "4,000"},
		{"a name said as meant, a pronoun resolved by nothing", []string{"how many did they lose?"}, "i meant north korea", "losses", "4,000"},
		{"the part meant, not the part replaced", []string{"how many north korean soldiers were killed by january 2025?"}, "oh wait, I meant february not january", "fatalities-feb", "4,000"},
	}
	checkTurns(t, e, tests)
}
