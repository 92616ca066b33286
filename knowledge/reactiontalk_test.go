package knowledge

import "testing"

// Thanks with a word of reaction is small talk; thanks with a question, or
// with a fragment that goes on, is read as before.
func TestOnlyReacts(t *testing.T) {
	e := testEngine(t)
	before := []string{"how many died by early feb"}
	checkTurns(t, e, []turnCase{
		{"brutal. thx", before, "brutal. thx", "", ""},
		{"insane, thanks", before, "insane. thanks!", "", ""},
		{"thx, with a question", before, "thx. and how bad is that?", "casualties-indicate", "Severe"},
		{"brutal asked", before, "brutal?", "casualties-indicate", "Severe"},
	})
	a := converse(e, "how many died by early feb", "brutal. thx")
	if got := a[1].Outcome; got != Chat {
		t.Errorf("\"brutal. thx\": outcome %s, want %s", got, Chat)
	}
}
