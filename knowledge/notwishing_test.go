package knowledge

import "testing"

// TestNotWishing: "those who do not wish to" names the refusing, of whom
// the report says nothing; "in case they do not wish to" asks the condition.
func TestNotWishing(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"Please tell me what will happen to the North Korean prisoners who do not wish to move to South Korea. Will they be returned to North Korea?", ""},
		{"South Korea will accept North Korean prisoners also in case they do not wish to move there?", "condition"},
		{"Will South Korea take only those who wish to move?", "condition"},
	})
}
