package knowledge

import "testing"

// TestStillRole: whether a person still holds an office is declined (the
// report tells only what he was when written); a question of what is
// still done, or a role naming a group ("troops"), is answered.
func TestStillRole(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"is cho tae-yul still foreign minister now?", ""},
		{"Is Budanov no longer head of intelligence?", ""},
		{"Who is Cho Tae-yul?", "cho-role"},
		{"does south korea still back ukraine?", "sk-support"},
		{"are the north korean troops still fighting in kursk?", "kursk-activity"}, // a group, no office
	})
}
