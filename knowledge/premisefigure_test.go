package knowledge

import (
	"strings"
	"testing"
)

func TestPointsAtPremiseFigure(t *testing.T) {
	for _, tc := range []struct {
		premise, q string
		want       bool
	}{
		{"500 soldiers were captured by ukraine", "can you confirm that number", true},
		{"they lost 5000", "is this figure right", true},
		{"soldiers were captured by ukraine", "can you confirm that number", false},
		{"they lost 5000", "which one is it", false},
		{"they lost 5000", "how many were captured", false},
	} {
		t.Run(tc.q, func(t *testing.T) {
			if got := pointsAtPremiseFigure(strings.Fields(tc.premise), strings.Fields(tc.q)); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}
