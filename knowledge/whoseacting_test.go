package knowledge

import (
	"reflect"
	"slices"
	"testing"
)

func TestLearnWhoseActing(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		in   string
		want []string // the owners of troops that act
	}{
		{"North Korea sent troops to bolster Russian forces", nil},             // after a verb
		{"its troops fight alongside Russian forces", nil},                     // after a preposition
		{"North Korean troops are fighting in Kursk", []string{"north_korea"}}, // the subject
		{"Russian forces and North Korean troops fight", []string{"north_korea", "russia"}},
		{"Russia welcomed North Korea's help to bolster Russian forces", nil}, // Russia acts, its forces are bolstered
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			f := newEntryFacts()
			f.learnWhoseActing(e.an.analyze(tt.in, true), e.an)
			var got []string
			for o := range f.whoseActing["troops"] {
				got = append(got, o)
			}
			slices.Sort(got)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("whoseActing[troops] of %q = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// An entry that does not say whose a name is speaks of the pack's: whose
// the entries that say so say it is.
func TestPackOwners(t *testing.T) {
	e := testEngine(t)
	tests := []struct{ q, notBy string }{
		{"is the sk deal about russian pows?", "readiness-signifies"}, // the report's POWs are North Korea's
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got := answeredBy(e.Answer(tt.q)); got == tt.notBy {
				t.Errorf("Answer(%q) by %q, the entry of another's\n%s", tt.q, got, e.Explain(tt.q))
			}
		})
	}
}
