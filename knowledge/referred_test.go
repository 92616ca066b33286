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
