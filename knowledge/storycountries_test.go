package knowledge

import "testing"

// Every country of the story is a list across the report; one entry
// naming some of them is no answer. Narrowed by a name or an act, the
// question is answered as before.
func TestStoryCountries(t *testing.T) {
	checkAnswers(t, testEngine(t), []answerCase{
		{"List the countries involved in the story.", ""},
		{"Which nations are involved in this article?", ""},
		{"Which countries are named as Kyiv's allies in the report?", "who-says-sent"},
	})
}
