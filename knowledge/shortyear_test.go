package knowledge

import (
	"slices"
	"testing"
)

func TestShortYear(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"by January '25", []string{"by", "january", "2025"}},
		{"since ’24?", []string{"since", "2024"}},
		{"in '53", []string{"in", "1953"}},
		{"January 25", []string{"january", "25"}},           // a day
		{"the '25 dead'", []string{"the", "25", "dead"}},    // a quote
		{"since the '60s", []string{"since", "the", "60s"}}, // a decade (decades.go)
		{"in '250", []string{"in", "250"}},
	} {
		if got := splitWords(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("splitWords(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	checkAnswers(t, testEngine(t), []answerCase{
		{"How many NK troops got knocked outta commission, dead or hurt, by January '25 accordin' to Ukraine?", "losses-january"},
	})
}
