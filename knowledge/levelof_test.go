package knowledge

import "testing"

func TestLevelOfLosses(t *testing.T) {
	e := testEngine(t)
	checkAnswersSaying(t, e, []sayingCase{
		{"How does the report characterise the level of North Korean losses in its concluding paragraph?", "casualties-indicate", []string{"Severe"}},
		{"How does the report characterise the level of Russian losses?", "", nil},
	})
}
