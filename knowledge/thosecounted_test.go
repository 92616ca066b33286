package knowledge

import "testing"

// TestThoseCounted: a bare "those" after a count of a thing is that
// figure; after a count of people, the people.
func TestThoseCounted(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{"those deaths, in a place", []string{"how many deaths by early february?"}, "and those were all in Kursk?", "losses", "Kursk"},
		{"these deaths", []string{"how many deaths by early february?"}, "these were all in kursk?", "losses", "Kursk"},
		{"those deaths, a name between", []string{"how many nk deaths by early february?"}, "and those were all in Kursk?", "losses", "Kursk"},
		{"those soldiers", []string{"how many north korean soldiers died by early february?"}, "and those were all in Kursk?", "kursk-activity", "Kursk"},
	})
}
