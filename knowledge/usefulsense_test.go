package knowledge

import "testing"

// Useful (beneficial, advantageous) to North Korea is what it gains
// (pack.toml's sense of "useful"), not why it sent its troops.
func TestUsefulToNorthKorea(t *testing.T) {
	checkAnswers(t, testEngine(t), []answerCase{
		{"Why would fighting alongside Russia be useful to North Korea?", "combat-experience"},
		{"how is the war beneficial to nk", "combat-experience"},
		{"is the war advantageous for pyongyang", "combat-experience"},
		{"how is kims army gonna use the combat xp", "combat-experience"}, // "use" still the entry's
		{"is fighting useful to south korea", ""},
	})
}
