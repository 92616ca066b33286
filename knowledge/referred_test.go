package knowledge

import "testing"

// A sentence that names a thing as "this" one, or as "their" one, points to
// what was said before it or whose it is, and does not say which (see
// whichGuard).
func TestReferredTerms(t *testing.T) {
	e := testEngine(t)
	kinds := map[string]string{}
	tests := []struct {
		name, sentence, term string
		want                 bool
	}{
		{"demonstrative", "The military is improving these weapon systems.", "weapon", true},
		{"possessive", "The military is improving their weapon systems with Russian help.", "weapon", true},
		{"named by a name", "Russia has enhanced the accuracy of the KN-23 missiles.", "missile", false},
		{"plain article", "The military is improving the weapon systems.", "weapon", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := e.readSentence(tt.sentence, kinds).referred[tt.term]
			if got != tt.want {
				t.Errorf("referred[%q] in %q = %v, want %v", tt.term, tt.sentence, got, tt.want)
			}
		})
	}
}

// A "what war" later in the question, after the words it quotes, asks
// which war as one at the start does; "such a war" does not say which, and
// a "what" after a thing starts a question, not a relative clause: the
// date of the war is no answer, the war North Korea is in now is.
func TestWhichAskedLater(t *testing.T) {
	checkAnswers(t, testEngine(t), []answerCase{
		{`the article says "marking North Korea's first active participation in such a war since the 1950s" - what war is that?`, ""},
		{"it says North Korea's first active participation in such a war since the 1950s. what war is that?", "why-sent"},
		{"Which war did North Korea fight in the 1950s?", ""},
	})
}
