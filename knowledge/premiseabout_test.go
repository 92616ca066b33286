package knowledge

import "testing"

func TestPremiseAbout(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		// "that" is the premise, of a thing the report never mentions
		{"A patron asked whether the report explains how the Geneva Conventions apply to these prisoners, so does it say anything about that?", ""},
		{"My teacher wondered if the article covers the Red Cross visits, does it say anything on that?", ""},
	})
}
