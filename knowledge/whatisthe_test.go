package knowledge

import "testing"

// "What is the X ...?" asks for X, as "What X ...?" does: an entry that
// does not speak of it is no answer.
func TestWhatIsThe(t *testing.T) {
	checkAnswers(t, testEngine(t), []answerCase{
		{"What is the salary North Korean soldiers are getting from Russia?", ""},
		{"What is the pension of the soldiers?", ""},
		{"What is the proposal South Korea made?", "what-proposed"},
		{"What is the estimated number of North Korean deaths by early February?", "fatalities-feb"},
		// "about" after the noun asks what it holds, not which one
		{"what is the report about at heart", "summary"},
		{"what is the report about really", "summary"},
	})
}
