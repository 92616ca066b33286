package knowledge

import "testing"

// TestMadeTo: a "them" after "to" and an act is the one the report has the
// act done to (Ukraine, for the proposal), not the group named last; two
// references resolved keep the text's marks, so a guess after a comma is
// read apart and answered by the phone call.
func TestMadeTo(t *testing.T) {
	e := testEngine(t)
	minister := []string{"who's the korean minister that wants to take in the nk soldiers ukraine caught?"}
	checkTurns(t, e, []turnCase{
		{name: "pitch it to them", before: minister, q: "how'd he pitch it to them?", entry: "how-proposed", says: "phone call"},
		{name: "a guess after a comma", before: minister, q: "how'd he pitch it to them, at some big summit or what?", entry: "how-proposed", says: "phone call"},
		{name: "propose it to them", before: minister, q: "did he propose it to them in person?", entry: "how-proposed", says: "phone call"},
	})
}

// TestRewriteTwo: two references, each one word, put in the text one at a
// time; one word twice is not.
func TestRewriteTwo(t *testing.T) {
	tests := []struct {
		name, q, ws, rewritten, want string
	}{
		{"he and them", "how'd he pitch it to them, at some big summit or what?", "how'd he pitch it to them at some big summit or what", "how'd cho pitch it to ukraine at some big summit or what", "how'd cho pitch it to ukraine, at some big summit or what?"},
		{"one word twice", "will they go if they don't want to?", "will they go if they don't want to", "will the pows go if the pows don't want to", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := rewriteTwo(tt.q, splitWords(tt.ws), splitWords(tt.rewritten))
			if got != tt.want {
				t.Errorf("rewriteTwo(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}
