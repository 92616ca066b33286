package knowledge

import "testing"

// TestStillPast: whether a thing still holds is answered by what the
// report tells of the present, not by what it dates to last year; an
// entry of the past still answers a question that asks nothing of now.
func TestStillPast(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"so north korea and russia still fighting?", "kursk-activity"},
		{"are north korea and russia currently fighting?", "kursk-activity"},
		{"why did north korea send troops?", "why-sent"},
		{"does south korea still back ukraine?", "sk-support"},
	})
	checkTurns(t, e, []turnCase{
		{"still after what was sent", []string{"whats the deal with north korea and russia"}, "so they're still fighting?", "kursk-activity", "Kursk"},
		{"still there, its 're lost", []string{"By early February how many North Korean soldiers had died?"}, "so they're still there?", "kursk-activity", "Kursk"},
	})
}
