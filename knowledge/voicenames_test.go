package knowledge

import "testing"

// The report's names as voice-to-text writes them are pack aliases of
// their own block (pack.toml, "Names as voice-to-text writes them").
func TestVoiceNames(t *testing.T) {
	checkAnswers(t, testEngine(t), []answerCase{
		{"chose a you'll is what position exactly", "cho-role"},
		{"who controls core sk", "kursk-control"},
		{"who is carol oh bud and ov", "budanov-role"},
		{"who is bud a nov", "budanov-role"},
		{"is chose a you'll married?", ""},
		{"how many ukrainians died in core sk?", ""},
	})
}
