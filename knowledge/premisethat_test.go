package knowledge

import "testing"

func TestPremiseThat(t *testing.T) {
	e := testEngine(t)
	sent := []string{"to whom does the piece attribute the claim that Pyongyang sent thousands of troops?"}
	checkTurns(t, e, []turnCase{
		{"premise before that", sent, "Good. And the January casualty tally, whose figure is that?", "losses-january", "Ukraine"},
		{"premise after an acknowledging clause", sent, "Right, the January casualty tally, whose figure is that?", "losses-january", "Ukraine"},
		{"premise after thanks", sent, "Thanks. So the January casualty tally, whose figure is that?", "losses-january", "Ukraine"},
	})
	checkAnswers(t, e, []answerCase{
		{"to whom does the piece attribute the claim that Pyongyang sent thousands of troops?", "who-says-sent"},
	})
}
