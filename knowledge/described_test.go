package knowledge

import (
	"slices"
	"testing"
)

func TestDescribingDeeds(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		question string
		want     []deed
	}{
		{"so sk just takes every nk soldier ua catches??", []deed{{doer: "ukraine", act: "captured"}}},
		{"so SK just takes every single nork ukraine catches??", []deed{{doer: "ukraine", act: "captured"}}},
		{"do the soldiers that Ukraine captured have to want to move?", []deed{{doer: "ukraine", act: "captured"}}},
		{"will sk accept nk soldiers captured by ukraine?", []deed{{doer: "ukraine", act: "captured"}}},
		{"will sk accept soldiers that were captured by russia?", []deed{{doer: "russia", act: "captured"}}},
		{"will South Korea receive the soldiers of North Korea who are captured by Ukraine?", []deed{{doer: "ukraine", act: "captured"}}},
		{"wetin South Korea wan do for the North Korea soldiers wey Ukraine catch?", []deed{{doer: "ukraine", act: "captured"}}},
		{"were the nk soldiers captured by ukraine?", nil}, // asks whether Ukraine did
		{"has ukraine captured nk soldiers?", nil},
		{"did ukraine agree to the proposal?", nil},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			an := e.an.analyze(tt.question, true)
			if got := describingDeeds(an.words, an.terms); !slices.Equal(got, tt.want) {
				t.Errorf("describingDeeds(%q) = %v, want %v", tt.question, got, tt.want)
			}
		})
	}
}

// TestDescribedCaptor: a name that only says which people a question
// speaks of, by a deed the pack states, need not be named by the entry;
// one the pack does not state, or a name asked of, must be.
func TestDescribedCaptor(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		question, want string // want: the entry answering, "" for declined
	}{
		{"so SK just takes every single nork ukraine catches??", "condition"},
		{"will sk accept nk soldiers captured by russia?", ""},
		{"South Korea wants to receive the soldiers of North Korea who are captured by Ukraine, but under which condition?", "condition"},
		{"will South Korea accept the North Korean soldiers who are captured by Russia?", ""},
		{"did ukraine agree to the proposal?", ""},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			checkAnsweredBy(t, e, tt.question, tt.want)
		})
	}
}
