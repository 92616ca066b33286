package knowledge

import (
	"slices"
	"testing"
)

func TestPartOfGroup(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		q    string
		want string // the question term read
	}{
		{"Which part of South Korea's armed forces warned of more troops?", "who"}, // a body acting for a country
		{"which part of the army warned?", "where"},                                // a role: no part of one is named
		{"Which part of Russia are they fighting in?", "where"},                    // a place
		{"what part of kursk", "where"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			an := e.an.analyze(tt.q, true)
			i := slices.IndexFunc(an.terms, func(t term) bool { return t.kind == KindQuestion })
			if i < 0 || an.terms[i].text != tt.want {
				t.Errorf("terms of %q = %v, want the question %q", tt.q, an.terms, tt.want)
			}
		})
	}
}
