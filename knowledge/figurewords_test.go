package knowledge

import "testing"

// The report's two casualty figures asked in other words: a year joined to
// its month by "of", a chat or exclamatory lead-in that only sets the tone.
func TestFiguresAskedInOtherWords(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"How many North Korean soldiers die or are hurt until January of 2025?", "losses-january"},
		{"Mamma mia, so many boys. How many North Korean soldiers die or are hurt until January of 2025?", "losses-january"},
		{"ok real talk how many nk soldiers dead by early feb", "fatalities-feb"},
		{"how many of the 3000 were wounded?", ""}, // a part of one figure, apart
	})
}
