package knowledge

import "testing"

func TestTheyAfterCapturedAreThePrisoners(t *testing.T) {
	e := testEngine(t)
	caught := []string{"Did Ukraine capture any North Korean soldiers?"}
	checkTurns(t, e, []turnCase{
		{"where they could end up is Seoul's offer", caught, "Where could they end up?", "will-accept", "ready to accept"},
		{"an answer's captured soldiers leave 'they' alone", []string{"What did South Korea propose to Ukraine?"}, "Did they accept?", "", ""},
		// near misses: the prisoners' deeds the report does not tell
		{"what prisoners eat is not told", caught, "what did they eat?", "", ""},
		{"prisoners fight nowhere", caught, "where are they fighting?", "", ""},
		{"no one trains prisoners", caught, "who trained them?", "", ""},
	})
}
