package knowledge

import "testing"

func TestAsksOfAskersSide(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{"our soldiers after nk losses", []string{"how many north korean soldiers were killed by february?"}, "and our soldiers, how many killed in Kursk?", "", ""},
		{"our troops alone", nil, "how many of our troops died?", "", ""},
		{"our army named the captives' country", nil, "What does South Korea want to do with the North Korean soldiers our army has captured?", "what-proposed", "accept"},
		{"asker's country said", nil, "I am from Ukraine. Where are the North Korean soldiers fighting?", "where-fighting", "Kursk"},
	})
}
