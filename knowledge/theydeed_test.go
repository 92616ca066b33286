package knowledge

import "testing"

// TestTheyDoWhat: a first question whose "they" does the deed a "what"
// or "how many" question asks of is asked back; a "they" that only says
// the count, or one the conversation names, is not.
func TestTheyDoWhat(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{"what did they decide, after a word that moves on", nil, "so what did they decide?", "", "Who do you mean?"},
		{"how many did they lose, first", nil, "how many did they lose?", "", "Who do you mean?"},
		{"how many they lose, a learner's, first", nil, "How many they lose?", "", "Who do you mean?"},
		{"how much did they lose, first", nil, "ok how much did they lose", "", "Who do you mean?"},
		{"they only say the count", nil, "how many do they say were sent", "troop-count", "thousands"},
		{"they named before", []string{"how many troops did north korea send?"}, "and how many did they lose?", "losses", "4,000"},
		{"the reply names them", []string{"how many did they lose?"}, "north korea i mean", "losses", "4,000"},
	})
}
