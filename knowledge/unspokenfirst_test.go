package knowledge

import "testing"

func TestPronounOfUnspoken(t *testing.T) {
	e := testEngine(t)
	told := []string{"What were the figures you told me?"}
	checkTurns(t, e, []turnCase{
		{"a first message: the name the report lacks", nil, "Belarus. How many did it send?", "", ""},
		{"a reply to a first message asked back", told, "China, dear. How many did it send?", "", ""},
		{"a name the report has", nil, "North Korea. How many did it send?", "troop-count", "Thousands"},
		{"a name the report has between", nil, "the NK troops are in donetsk. no? where are they actually?", "where-fighting", "Kursk"},
		{"the name asked of is given", nil, "Belarus. How many did North Korea send?", "troop-count", "Thousands"},
	})
}
