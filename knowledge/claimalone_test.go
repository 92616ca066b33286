package knowledge

import "testing"

func TestClaimAlone(t *testing.T) {
	e := testEngine(t)
	train := []string{"what are the north korean troops doing in russia?", "how many hours a day do they train?"}
	checkTurns(t, e, []turnCase{
		{"wrong figure, after a declined question", train, "ok so like 3000 died by february right", "fatalities-feb", "4,000"},
		{"wrong month", []string{"what is budanov's job?"}, "so 4000 died in january?", "losses-january", "3,000"},
		{"a figure the report lacks stays declined", train, "and 3000 tanks by february right", "", ""},
		{"no claim: still a fragment", train, "and by feb?", "", ""},
	})
}
