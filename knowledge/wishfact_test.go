package knowledge

import (
	"fmt"
	"testing"
)

func TestWishFact(t *testing.T) {
	e := testEngine(t)
	// the group's wish asked as a fact: the report states it only as a condition
	for _, q := range []string{
		"do the north korean prisoners actually want to go to south korea?",
		"Are the captured soldiers willing to move to South Korea?",
	} {
		t.Run(q, func(t *testing.T) {
			if a := e.Answer(q); a.Answered {
				t.Errorf("Answer(%q) answered %q; want declined", q, a.Text)
			}
		})
	}
	// the condition itself, or a state's wish, is what the entries say
	checkAnsweredBy(t, e, "Do the prisoners have to want to move?", "condition")
	checkAnsweredBy(t, e, "Would South Korea take in North Korean POWs who want to move there?", "will-accept")
}

// wishTerms takes the whole "ready" term, readiness with the wish words
// ("willing", "keen"): a group's readiness asked as a fact is read as its
// wish, the act asked as done, which the report does not say either; a
// state's readiness is what the entries say (review29 #15 pins this).
func TestReadinessAsWish(t *testing.T) {
	e := testEngine(t)
	checkReading(t, "wishedActs", func(an analysis) string {
		return fmt.Sprint(wishedActs(an.words, an.terms, e.referentInfo))
	}, []readingCase{
		{"are the prisoners prepared to relocate to south korea?", "[relocate]"},
		{"are the captured soldiers ready to move to south korea?", "[relocate]"},
		{"are the prisoners ready to go home?", "[]"},           // a return the pack reads as a key: no act asked
		{"is south korea ready to accept the prisoners?", "[]"}, // a state, no group
	})
	checkAnswers(t, e, []answerCase{
		{"are the prisoners prepared to relocate to south korea?", ""},
		{"are the prisoners ready to go home?", ""},
		{"is south korea ready to accept the prisoners?", "will-accept"},
	})
}
