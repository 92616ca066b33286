package knowledge

import "testing"

// A question whose clause says which place it asks of is no fragment, led
// by nothing; a short or led one is read as before.
func TestPlaceClause(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		last, frag string
		ok         bool
	}{
		{"what did ukraine say in january", "whats the name of the region where they fight again", false},
		{"where are the nk troops fighting", "since when", true},
		{"how many nk soldiers died by early february", "and in january", true},
	}
	for _, tt := range tests {
		t.Run(tt.frag, func(t *testing.T) {
			if _, ok := e.mergeInto(splitWords(tt.last), splitWords(tt.frag), false, nil); ok != tt.ok {
				t.Errorf("mergeInto(%q, %q) ok = %v, want %v", tt.last, tt.frag, ok, tt.ok)
			}
		})
	}
	if got := placeClause(splitWords("whats the name of the region where they fight")); !got {
		t.Errorf("placeClause: got false, want true")
	}
	if got := placeClause(splitWords("where are they")); got {
		t.Errorf("placeClause(where are they): got true, want false")
	}
}
