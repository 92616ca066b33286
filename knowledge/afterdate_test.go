package knowledge

import (
	"strings"
	"testing"
)

func TestAskedAfter(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want int
	}{
		{"what is the figure for the period after february 2025", 2025020 + 1},
		{"how many died after early feb", 20},
		{"how many died after that", 0},
		{"how many died by february 2025", 0},
	} {
		t.Run(tc.q, func(t *testing.T) {
			if got := askedAfter(strings.Fields(tc.q)); got != tc.want {
				t.Errorf("got %d, want %d", got, tc.want)
			}
		})
	}
}

func TestLatestAsOf(t *testing.T) {
	for _, tc := range []struct {
		asOf string
		want int
	}{
		{"early February 2025", 2025020},
		{"January and early February 2025", 2025020},
		{"over 3,000 killed or injured as of January 2025, and about 4,000 fatalities by early February.", 2025020},
		{"since the 1950s", 0},
		{"", 0},
	} {
		t.Run(tc.asOf, func(t *testing.T) {
			if got := latestAsOf(tc.asOf); got != tc.want {
				t.Errorf("got %d, want %d", got, tc.want)
			}
		})
	}
}
