package knowledge

import "testing"

// TestSetAsideThing: a thing set aside after a thing asked is dropped;
// after no thing asked, the words set aside stay.
func TestSetAsideThing(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"@lee did russia give nk tanks too, besides the missile stuff", ""},
		{"did russia give nk tanks too, besides the missiles", ""},
		{"so what are nk gettin out of it, like besides loads of dead lads", "combat-experience"},
		// a key asked before a key set aside: the one asked ranks
		{"Were any North Korean soldiers captured, besides being killed?", "captured"},
	})
	an := e.an.analyzeWords(sentenceWords("besides the missiles, did russia help nk"), true)
	found := false
	for _, tm := range an.terms {
		found = found || tm.text == "missile"
	}
	if !found {
		t.Errorf("terms %v: the missiles set aside before the thing asked were dropped", an.terms)
	}
}
