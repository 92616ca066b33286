package knowledge

import "testing"

func TestItEndingFiller(t *testing.T) {
	e := testEngine(t)
	kursk := []string{"where are the north korean troops fighting?"}
	checkTurns(t, e, []turnCase{
		{"an it the filler ends", kursk, "whats the source I need to cite it", "source", "newsukraine"},
		{"an it of the question", kursk, "who controls it?", "kursk-control", "Russia"},
		{"nothing before", nil, "whats the source I need to cite it", "source", "newsukraine"},
	})
}
