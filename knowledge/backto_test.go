package knowledge

import "testing"

// "Back to" opening a message returns the talk to what it names (a sense
// of the pack): its "back" supports no one.
func TestBackToReturnsTheTalk(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{name: "back to him", before: []string{"Who's proposing to take in the captured North Korean soldiers?", "is it cold in Seoul this time of year?"},
			q: "anyway back to him — how did he make the offer?", entry: "how-proposed", says: "phone call"},
		{name: "back as support", q: "does south korea back ukraine?", entry: "sk-support", says: "Yes"},
		{name: "sent back", q: "will the POWs be sent back to north korea?", entry: "", says: ""},
	})
}
