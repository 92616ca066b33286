package knowledge

import "testing"

// TestGroupDoing: what the counted group is doing is no measure the toll
// answers; a measure named with it still is.
func TestGroupDoing(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"What is the exact headcount of North Korean soldiers fighting in Kursk?", ""},
		{"How many North Korean soldiers are fighting in Kursk?", ""},
		{"How many North Korean soldiers are still fighting in Kursk right now?", ""},
		{"How many North Korean troops are currently fighting in Kursk?", ""},
		{"How many North Korean soldiers died fighting in Kursk?", "fatalities-feb"},
		{"How many North Korean soldiers are still dying in Kursk?", "fatalities-feb"},
	})
}
