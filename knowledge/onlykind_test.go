package knowledge

import "testing"

// A retry reading left with only a kind of question ("give me a real
// number or admit it isn't there" read as "number") asks of nothing, and
// is not answered by the first entry of that kind; a question with a
// topic still is.
func TestRetryOnlyKind(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"give me a real number or admit it isn't there", ""},
		{"how many or what proportion?", ""},
		{"Every article like this is propaganda, the numbers are always 'estimated'. How many North Koreans has Ukraine actually captured alive? Give me a real number or admit it isn't there.", ""},
		{"numbers or figures, how many died by February?", "fatalities-feb"},
	})
}
