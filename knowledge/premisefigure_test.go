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
		{"a patron wants to know how many soldiers ukraine has captured", "does the report give that number", true},
		{"a patron wants to know which soldiers ukraine has captured", "does the report give that number", false},
	} {
		t.Run(tc.q, func(t *testing.T) {
			if got := pointsAtPremiseFigure(strings.Fields(tc.premise), strings.Fields(tc.q)); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

// TestCountsUngiven: a question after a premise counting what the report
// never counts is not read alone with the premise's names.
func TestCountsUngiven(t *testing.T) {
	e := testEngine(t)
	for _, tc := range []struct {
		q        string
		answered bool
	}{
		{"since SK already received 10 NK POWs last month, how are they doing?", false},
		{"NK sent 12000 troops, where are they fighting?", false},
		{"NK sent thousands of troops, where are they fighting?", true}, // the report's own count
	} {
		t.Run(tc.q, func(t *testing.T) {
			if got := e.Answer(tc.q).Answered; got != tc.answered {
				t.Errorf("answered %v, want %v", got, tc.answered)
			}
		})
	}
}
