package knowledge

import "testing"

// British slang and voice-to-text words are pack vocabulary: "when he's at
// home" (who is he, really), "well dodgy" and a dictated "question mark"
// are fillers, "sorting out" a thing is improving it, and "the nineteen
// fifties" are the 1950s. A "summit" is a meeting in person (pack
// vocabulary since round 27), answered by how the proposal was made: on a
// phone call.
func TestBritishSpokenWords(t *testing.T) {
	e := testEngine(t)
	tests := []struct{ q, want string }{
		{"who is budanov when she's at home", "budanov-role"},
		{"did russia sort out the kn-23 guidance?", "kn23"},
		{"what happened in the fifties question mark", "first-since-1950s"},
		{"was the proposal made at a summit?", "how-proposed"},
		{"was the proposal made at a summit?", "how-proposed"}, // one wrong detail the report states another of: it was a phone call
		{"who sorted out the pow talks?", ""},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got := answeredBy(e.Answer(tt.q)); got != tt.want {
				t.Errorf("Answer(%q) by %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}
