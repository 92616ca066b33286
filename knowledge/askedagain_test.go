package knowledge

import (
	"strings"
	"testing"
)

// TestAsksPremiseAgain: a few words asking again what a relayed premise
// asks are read with the premise, not with its last name for "it".
func TestAsksPremiseAgain(t *testing.T) {
	for _, tc := range []struct {
		premise, q string
		want       bool
	}{
		{"A patron is curious which Ukrainian official Cho spoke to on the phone", "who was it", true},
		{"A patron asked when the army crossed into Kursk", "when was that", true},
		{"Cho spoke to a Ukrainian official on the phone", "who was it", false},
		{"A patron asked which official Cho spoke to", "who was he talking to", false},
	} {
		t.Run(tc.q, func(t *testing.T) {
			if got := asksPremiseAgain(tc.premise, strings.Fields(tc.q)); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
	e := testEngine(t)
	q := "A patron is curious which Ukrainian official Cho spoke to on the phone. Who was it?"
	t.Run(q, func(t *testing.T) {
		if a := e.Answer(q); a.Answered {
			t.Errorf("got answered %q, want declined", a.Text)
		}
	})
}
