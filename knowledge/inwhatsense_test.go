package knowledge

import "testing"

// "In what sense" asks how, as "in what way" does; "sinse" stays "since".
func TestInWhatSense(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"In what sense is North Korea's involvement in this war a first?", "first-since-1950s"},
		{"In which sense is North Korea's involvement a first?", "first-since-1950s"},
		{"In what sense is South Korea at war with Russia?", ""},
		{"is this north koreas furst war sinse the 1950z", "first-since-1950s"},
	})
}

// The answer on what the talks reflect names whose talks they are, and
// on what: "in what sense is this a humanitarian effort?" is answered by
// it, and so is the question of which two countries hold the talks.
func TestTalksReflectNamesThem(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"In what sense is this a humanitarian effort?", "significance"},
		{"which two countries are doing the POW talks", "significance"},
	})
}
