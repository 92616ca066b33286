package knowledge

import "testing"

func TestRoleInstead(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		// the office asked after an office is asked instead of it, with
		// the body it is named by; the country swapped as a name
		{"office for office", []string{"Name of Ukraine's defence intelligence chief?"}, "and South Korea's foreign minister?", "cho-role", "Cho"},
		// and the premise that says nothing of the report is not kept
		// as the last question (chatterbase.go)
		{"after chatter", []string{"Quick-fire round prep!!! Name of Ukraine's defence intelligence chief?"}, "and South Korea's foreign minister?", "cho-role", "Cho"},
		// an office the report gives nobody for is still declined
		{"office of nobody", []string{"who is Ukraine's intelligence chief?"}, "and Russia's foreign minister?", "", ""},
	})
}
