package knowledge

import (
	"strconv"
	"testing"
)

func TestWhyRather(t *testing.T) {
	checkReading(t, "whyRather", func(an analysis) string {
		return strconv.FormatBool(whyRather(an.words, an.terms))
	}, []readingCase{
		{"why does russia have the nk troops fighting in kursk and not inside ukraine?", "true"},
		{"how come they're in kursk rather than in ukraine", "true"},
		{"why kursk instead of ukraine?", "true"},
		{"why did north korea send troops to russia?", "false"},
		{"why does the article regard this as significant? its own view rather than outside commentary", "false"}, // no name set against
		{"where are they fighting, in kursk and not in ukraine?", "false"},                                        // no reason asked
	})
}

func TestWhyRatherDeclined(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"why does russia have the nk troops fighting in kursk and not inside ukraine?", ""},
		{"how come they're in kursk and not in ukraine", ""},
		{"why did north korea send troops to russia?", "why-sent"},
		{"why are north korean troops fighting in kursk?", "why-sent"},
	})
}
