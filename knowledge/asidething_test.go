package knowledge

import "testing"

// TestSetAsideThing: a thing the pack knows set aside after one it does
// not is dropped, and the question declined; without an unknown thing
// asked, the words set aside stay.
func TestSetAsideThing(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"@lee did russia give nk tanks too, besides the missile stuff", ""},
		{"did russia give nk tanks too, besides the missiles", ""},
	})
	an := e.an.analyzeWords(sentenceWords("did russia help nk besides the missiles"), true)
	found := false
	for _, tm := range an.terms {
		found = found || tm.text == "missile"
	}
	if !found {
		t.Errorf("terms %v: the missiles set aside after no unknown thing were dropped", an.terms)
	}
}
