package knowledge

import (
	"strings"
	"testing"
)

func TestWithoutPlaces(t *testing.T) {
	e := testEngine(t)
	tests := []struct{ in, want string }{
		{"by when nk soldiers injured in kursk", "by when nk soldiers injured"},
		{"how many nk soldiers injured by early feb", ""}, // a date stays: no place to drop
		{"how many died in the kursk region", "how many died"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			ws := strings.Fields(tt.in)
			out, ok := withoutPlaces(ws, e.an.analyzeWords(ws, true))
			got := strings.Join(out, " ")
			if !ok {
				got = ""
			}
			if got != tt.want {
				t.Errorf("withoutPlaces(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestMeasureAlone(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		name   string
		before []string
		q      string
		entry  string // "" for not answered
		says   string
	}{
		{"another measure, without the place of the last", []string{"how many nk soldiers died in kursk", "by when?"}, "and injured?", "losses-january", "3,000"},
		{"another measure, its date kept", []string{"how many nk troops died by early feb"}, "and the wounded?", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			as := converse(e, append(tt.before, tt.q)...)
			a := as[len(as)-1]
			got := a.EntryID
			if !a.Answered {
				got = ""
			}
			if got != tt.entry || !strings.Contains(a.Text, tt.says) {
				t.Errorf("%q after %q: %s %q, want %q saying %q", tt.q, tt.before, a.Outcome, a.Text, tt.entry, tt.says)
			}
		})
	}
}
