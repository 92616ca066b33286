package knowledge

import (
	"strings"
	"testing"
)

// TestCountInWhich: a count between "which" and a question the pack
// knows ("which three parties") is read past, and the question asks who;
// a count before other words stays a number.
func TestCountInWhich(t *testing.T) {
	first := func(an analysis) string {
		var out []string
		for _, t := range an.terms {
			out = append(out, t.text)
		}
		return strings.Join(out, " ")
	}
	checkReading(t, "terms", first, []readingCase{
		{"which three parties reported it", "who report"},
		{"what 3 sources reported it", "who report"},
		{"which two parties reported it", "who report"},
		{"which three figures were reported", "how_many report"}, // a question of figures, as before
		{"which 2 numbers are given", "2 how_many"},              // "which numbers" is no question the pack knows: the count stays
	})
	checkAnswers(t, testEngine(t), []answerCase{
		{"Which three parties are cited as reporting that North Korea sent troops to back Russia?", "who-says-sent"},
	})
}
