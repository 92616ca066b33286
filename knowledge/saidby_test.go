package knowledge

import "testing"

// A "he" after only a request to quote, in a first message, names no
// speaker: who is asked back. A name or role before it is still read.
func TestQuotedHeAskedBack(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{name: "quote request", q: "quote me the bit where he says the troops are in Kyiv", entry: "", says: "Who do you mean?"},
		{name: "show request", q: "show me where he says the troops are fighting", entry: "", says: "Who do you mean?"},
		{name: "role before", q: "the minister who made the offer, what's his title?", entry: "cho-role", says: "Foreign Minister"},
		{name: "who before", q: "who made the proposal and what's his job?", entry: "who-proposed", says: "Cho Tae-yul"},
	})
}
