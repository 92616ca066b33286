package knowledge

import "testing"

func TestFigureAlone(t *testing.T) {
	e := testEngine(t)
	feb := []string{"how many north korean soldiers died by early february?"}
	checkTurns(t, e, []turnCase{
		{"the 3000 one", feb, "and the 3000 one, where's that from?", "losses-january", "Ukraine"},
	})
}
