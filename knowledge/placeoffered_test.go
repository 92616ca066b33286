package knowledge

import "testing"

// A place set against any other is a guess at where, not a place asked
// within; "where in" a place, or a place with no other set against it,
// still asks within it.
func TestPlaceOffered(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"what region is the fighting actually in, kursk or somewhere else", "where-fighting"},
		{"what region is the fighting in, kursk or elsewhere", "where-fighting"},
		{"which region are they fighting in, kursk or some other region?", "where-fighting"},
		{"where in kursk are the nk troops fighting", ""},
		{"which town in kursk are the nk troops fighting in", ""},
	})
}
