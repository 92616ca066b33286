package knowledge

import "testing"

func TestStillRole(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"is cho tae-yul still foreign minister now?", ""},
		{"Is Budanov no longer head of intelligence?", ""},
		{"Who is Cho Tae-yul?", "cho-role"},
		{"does south korea still back ukraine?", "sk-support"},
	})
}
