package knowledge

import "testing"

// Follow-ups whose words the pack reads by their context: "which par?"
// asks where the last answer is said, "by video meeting?" a way the offer
// was not made, "in person or remote?" (a phone call is remote) how it
// was, "current location of units?" where the troops are, and
// "aww" is an aside.
func TestFollowUpWords(t *testing.T) {
	e := testEngine(t)
	dead := []string{"how many of the korean soldiers are dead now, roughly"}
	nk := []string{"@reportbot nk troops -> russia. when dispatched?"}
	offer := []string{"what is South Korea offering to do for the captured soldiers? simple words pls"}
	checkTurns(t, e, []turnCase{
		{"which par", dead, "which par?", "losses", "paragraphs"},
		{"which par, nothing before", nil, "which par?", "", ""},
		{"video meeting", []string{"who made the offer to ukraine?"}, "The minister make the proposal by video meeting?", "how-proposed", "phone call"},
		{"current location of units", nk, "copy. current location of units?", "where-fighting", "Kursk"},
		{"current location of prisoners", nk, "current location of the prisoners?", "", ""},
		{"aww", offer, "aww and do the soldiers have to want it?", "condition", "want"},
		{"in person or remote", nil, "Q: SK minister pitched the POW transfer to Ukraine - in person or remote?", "how-proposed", "phone call"},
	})
}
