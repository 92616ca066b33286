package knowledge

import "testing"

// TestClaimAsked: the question after a claim someone writes or claims,
// naming nothing of its own, is asked of what the claim speaks of, less
// the slot it fills; a claim of what the report never tells still declines.
func TestClaimAsked(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{name: "where after a place claimed", q: "A reader writes that North Korean troops are fighting near Donetsk. Which region does the piece name?", entry: "where-fighting", says: "Kursk"},
		{name: "when after a decade claimed", q: "Someone claims the first war NK joined since the 1990s is this one. Which decade does the article give?", entry: "first-since-1950s", says: "1950s"},
		{name: "who after a name claimed", q: "Letter writer claims China improved the KN-23 missiles. Who does the piece say did that?", entry: "kn23", says: "Russia"},
		{name: "claim the report never tells", q: "My aunt claims North Korea sent pilots to Vietnam. Who does the piece say did that?", entry: "", says: ""},
	})
}
