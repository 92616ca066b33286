package knowledge

import "testing"

func TestVerbOfMeasure(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		// the deaths asked in the place of the sending, not beside it
		{"deaths for sent", []string{"How many troops did Pyongyang send, according to Kyiv and its allies?"}, "and by february how many of them dead?", "fatalities-feb", "4,000"},
		// a measure the report has no figure of for them is still declined
		{"no such figure", []string{"How many troops did Pyongyang send, according to Kyiv and its allies?"}, "and by february how many of them captured?", "", ""},
	})
}
