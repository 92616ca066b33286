package knowledge

import "testing"

func TestHowCameAbout(t *testing.T) {
	checkAnswers(t, testEngine(t), []answerCase{
		{"how did kursk end up under russian control?", ""}, // the way there, not the state
		{"Who controls the Kursk region?", "kursk-control"},
		{"How would a North Korean POW end up in South Korea?", "will-accept"},
	})
}
