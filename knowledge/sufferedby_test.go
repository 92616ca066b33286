package knowledge

import "testing"

// The doer of a loss, a hedged deed asked with its "be" first, a claim
// turned round, and a fact check with its doer wrong: the near misses
// decline (TestNearMissesAreDeclined), and these keep their answers.
func TestWhoseDeedKeptAnswers(t *testing.T) {
	e := testEngine(t)
	checkAnswersSaying(t, e, []sayingCase{
		{"how many casualties did North Korea suffer?", "losses", nil},
		{"how many casualties did north korea sustain?", "losses", nil},
		{"How many troops is North Korea supposed to have sent to Russia?", "troop-count", []string{"Thousands"}},
		{"is it true that North Korea sent troops?", "when-sent", []string{"Yes"}},
		{"south korea sent troops to russia, didn't it?", "why-sent", []string{"No.", "North Korea"}},
		{"how sure is the report about the number of troops sent?", "troop-count", nil},
		{"how many North Korean troops were sent?", "troop-count", nil},
		{"is the death toll a hard count or an estimate?", "fatalities-feb", nil},
		{"What does South Korea's readiness to accept the prisoners signify?", "readiness-signifies", nil},
		{"is it true that south korea offered to accept prisoners?", "who-proposed", nil},
	})
}
