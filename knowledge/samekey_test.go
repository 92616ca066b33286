package knowledge

import (
	"fmt"
	"strings"
	"testing"
)

// TestSameKey holds sameKey to what it saves: comparing keys, words joined.
func TestSameKey(t *testing.T) {
	lists := [][]string{nil, {""}, {"", ""}, {"a"}, {"a", ""}, {"", "a"}, {"a b"}, {"a", "b"}, {"ab"}, {" "}, {"north", "korea"}, {"north korea"}}
	for _, a := range lists {
		for _, b := range lists {
			for _, concept := range []bool{false, true} {
				x, y := referent{words: a}, referent{words: b}
				if concept {
					x.concept = strings.Join(a, " ")
				}
				t.Run(fmt.Sprintf("%q/%q/%v", a, b, concept), func(t *testing.T) {
					want := x.key() == y.key()
					if got := x.sameKey(y); got != want {
						t.Errorf("x.sameKey(y) = %v, want %v", got, want)
					}
					if got := y.sameKey(x); got != want {
						t.Errorf("y.sameKey(x) = %v, want %v", got, want)
					}
				})
			}
		}
	}
}
