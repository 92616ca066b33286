package knowledge

import "testing"

func TestGotAsked(t *testing.T) {
	checkAnswers(t, testEngine(t), []answerCase{
		{"what does nk get", "combat-experience"},
		{"what else is north korea getting", "combat-experience"},
		{"nk gets free combat experience out of this, right? amazing. what else are they getting", "combat-experience"},
		{"what will north korea get exactly", "combat-experience"},
		{"what does russia get", ""},       // the report has North Korea gain
		{"what do the pows get", ""},       // nor the prisoners
		{"what did they get wrong", ""},    // got with its own complement
		{"what does nk get in return", ""}, // nothing given in return
	})
}
