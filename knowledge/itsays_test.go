package knowledge

import "testing"

func TestItSays(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{"it says, of the missile", []string{"Which missile does the article mention?"}, "what else does it say about that missile?", "kn23", "accuracy"},
	})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"what does it say about cho", true},
		{"does it work", false},
		{"who made it more accurate", false},
		{"does it work on drones", false}, // not a verb of saying
		{"does it say anything", false},   // no "about", "of" or "on" after it
	} {
		ws := sentenceWords(tt.q)
		refs := findReferences(ws)
		got := false
		for _, r := range refs {
			got = got || itSays(ws, r)
		}
		if got != tt.want {
			t.Errorf("itSays(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}
