package knowledge

import "testing"

// "How do we know X?" is answered by who says X, or, where the report
// names no one, by the entry that gives X as reported, stated or
// estimated; not by one that gives it plainly, nor by one found only
// with a detail of X set aside.
func TestKnownBy(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"How do we know the troops in Kursk are being watched by the Russians?", "kursk-activity"},
		{"How do we know Russia improved the KN-23's accuracy?", "kn23"},
		{"how can we be sure 4000 of them died?", "fatalities-feb"},
		{"how do we know North Korea sent troops?", "who-says-sent"}, // who says so
		{"how do we know the missiles were made more accurate by China?", ""},
		{"how do we know Russia paid North Korea?", ""},
	})
}
