package knowledge

import "testing"

// The answer's type named in the question: "what month and year" (and
// "date from") ask when, and "the name of the missile" asks which one,
// which the KN-23 of North Korea's missiles names though the question
// names North Korea; a month the report does not give is still declined,
// and so is the name of a missile done with in a word the pack cannot read.
func TestAnswerTypeNamed(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"What month and year does the 3,000 casualty figure date from?", "losses-january"},
		{"which month and year is the 4000 figure from?", "fatalities-feb"},
		{"what month and year did north korea send troops?", ""}, // "last year", no month
		{"What's the name of the missile Russia supposedly helped North Korea with?", "kn23"},
		{"What's the name of the missile Russia made more accurate for North Korea?", "kn23"},
		{"what's the name of the missile North Korea gave Russia?", ""},
	})
}
