package knowledge

import (
	"slices"
	"testing"
)

// A number written with "-plus" is the number, as "over" one is.
func TestNumberPlus(t *testing.T) {
	for in, want := range map[string][]string{
		"the 3,000-plus casualties": {"the", "3000", "casualties"},
		"3k-plus dead":              {"3000", "dead"},
		"surplus troops":            {"surplus", "troops"},
		"plus one":                  {"plus", "one"},
	} {
		if got := splitWords(in); !slices.Equal(got, want) {
			t.Errorf("splitWords(%q) = %q, want %q", in, got, want)
		}
	}
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"What year were the 3,000-plus casualties reported?", "losses-january"},
	})
}
