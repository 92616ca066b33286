package knowledge

import (
	"strings"
	"testing"
)

func TestSaidOfPronoun(t *testing.T) {
	for _, tc := range []struct {
		premise string
		pos     int
		want    bool
	}{
		{"sounds like they prisoners already", 3, true}, // "they're", its "'re" dropped
		{"they are all prisoners", 3, true},
		{"the prisoners want to go", 1, false},
		{"nk troops are in kursk", 0, false},
	} {
		t.Run(tc.premise, func(t *testing.T) {
			if got := saidOfPronoun(strings.Fields(tc.premise), tc.pos); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}
