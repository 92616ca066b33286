package knowledge

import (
	"strings"
	"testing"
)

func TestAskedPartOf(t *testing.T) {
	for _, tc := range []struct {
		q, want string
	}{
		{"how many of 4000 dead are officer", "4000"},
		{"how many of the 3000 were killed vs injured", "3000"},
		{"how many of them were killed", ""},
		{"how many died by february", ""},
	} {
		t.Run(tc.q, func(t *testing.T) {
			if got := askedPartOf(strings.Fields(tc.q)); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
