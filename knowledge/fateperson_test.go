package knowledge

import "testing"

// TestFatePerson: a person said to be captured, killed or injured is not
// answered by an entry that names the person and the fate apart; the
// soldiers' fate is still answered.
func TestFatePerson(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"So Cho was captured?", ""},
		{"Was Budanov killed?", ""},
		{"Cho captured?", ""},
	})
	if a := e.Answer("Were North Korean soldiers captured?"); !a.Answered {
		t.Errorf("the soldiers' fate declined: %q", a.Text)
	}
}
