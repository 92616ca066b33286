package knowledge

import "testing"

func TestTitledSubject(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"what did the korean minister Budanov offer to ukraine?", ""}, // Budanov offered nothing; not who he is
		{"what did minister Budanov offer to ukraine?", ""},
		{"what did Budanov offer to ukraine?", ""},        // as without the title
		{"what did minister Cho offer?", "what-proposed"}, // Cho did offer it
	})
	checkReading(t, "titledAux", func(an analysis) string {
		for _, t := range an.terms {
			if a := titledAux(an.words, an.terms, t); a != "" {
				return a
			}
		}
		return ""
	}, []readingCase{
		{"what did the korean minister Budanov offer", "did"},
		{"what did Budanov offer", ""},
	})
}
