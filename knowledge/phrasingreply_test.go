package knowledge

import "testing"

func TestPhrasingReply(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{"a phrasing after a figure asked back is a question of its own", []string{"how sure is that number?"}, "source?", "source", "newsukraine"},
		{"the figure meant still fills the question asked back", []string{"how sure is that number?"}, "the 4,000 figure", "fatalities-feb", "4,000"},
	})
}
