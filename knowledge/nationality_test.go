package knowledge

import "testing"

// A name's adjective said of a person asks their country: only the country
// the pack has them act for is a "Yes".
func TestNationalityAsked(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"Is Budanov Russian?", ""}, // "Russian forces" beside him was a "Yes"
		{"Is Cho Russian?", ""},
		{"is budanov ukrainian?", "budanov-role"},
	})
}
