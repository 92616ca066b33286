package knowledge

import "testing"

func TestNamedThenAsks(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		// a new question, its topic first, after "that" was asked back:
		// answered as itself, not as what "that" meant
		{"topic first", []string{"who's tracking nk casualties, ukraine or sk?", "number?", "is that confirmed?"}, "sk joint chiefs, what they saying", "more-troops", "could deploy more"},
	})
	an := e.an.analyzeWords(sentenceWords("the 4,000 one"), true)
	if namedThenAsks(sentenceWords("the 4,000 one"), an) {
		t.Errorf("namedThenAsks: a reply that only says which, want false")
	}
}
