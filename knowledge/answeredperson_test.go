package knowledge

import (
	"strings"
	"testing"
)

// The "his" of a second clause after a first that asks who is the one
// person the first part's answer names.
func TestAskOfAnswered(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct {
		q    string
		says string // "" for declined
	}{
		{"Who is the Ukrainian official cited about North Korea gaining combat experience, and what is his title?", "Defense Intelligence of Ukraine"},
		{"Which official is credited with the statement that North Korea is picking up battlefield experience, and what is his title?", "Defense Intelligence of Ukraine"},
		{"Who reports that North Korea sent troops, and what is his title?", ""}, // the answer names no one person
	} {
		a := e.Answer(tt.q)
		quotes := ""
		for _, c := range a.Citations {
			quotes += c.Quote + " | "
		}
		if tt.says == "" {
			if a.Answered {
				t.Errorf("Answer(%q) = %q, want declined", tt.q, a.Text)
			}
			continue
		}
		if !a.Answered || len(a.Citations) < 2 || !strings.Contains(quotes, tt.says) {
			t.Errorf("Answer(%q) = %q, citations %s, want both parts answered", tt.q, a.Text, quotes)
		}
	}
}
