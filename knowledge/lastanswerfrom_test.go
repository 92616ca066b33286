package knowledge

import "testing"

// "from" asks where the last answer came from only after what was said:
// "what quote from Kim Jong Un does it carry?" asks a quote of his.
func TestLastAnswerFrom(t *testing.T) {
	e := testEngine(t)
	war := []string{"when did north korea last take part in a war before this one?"}
	jan := []string{"how many north korean soldiers were killed or injured by january?"}
	checkTurns(t, e, []turnCase{
		{"quote from a name", war, "What quote from Kim Jong Un does it carry?", "", ""},
		{"where's that from", jan, "where's that from?", "losses-january", "Ukraine"},
	})
}
