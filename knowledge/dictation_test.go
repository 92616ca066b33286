package knowledge

import "testing"

func TestUndictated(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"where are they fighting comma is it kursk question mark", "where are they fighting, is it kursk?", true},
		{"does south korea support ukraine period what did cho say question mark", "does south korea support ukraine. what did cho say?", true},
		{"what did the joint chiefs say about more troops period", "what did the joint chiefs say about more troops.", true},
		{"Who proposed it Question mark.", "Who proposed it?", true},
		{"what did budanov say exclamation point thanks", "what did budanov say! thanks", true},
		{"how many died in the same period", "", false},  // a noun after "same"
		{"how many died in the same period?", "", false}, // marked by the asker
		{"which period did north korea last fight in", "", false},
		{"what did cho say period", "what did cho say.", true},
		{"who is the question. mark it", "", false},
		{"where are the troops fighting Full Stop", "where are the troops fighting.", true}, // any case
		{"what did the Joint Chiefs warn of, and what is the point", "", false},             // no mark's name
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := undictated(tt.in)
			if got != tt.want || ok != tt.ok {
				t.Errorf("undictated(%q) = %q, %v, want %q, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestDictatedQuestions(t *testing.T) {
	checkAnswers(t, testEngine(t), []answerCase{
		{"how many troops did north korea send to russia comma was it thousands question mark", "troop-count"},
		{"what is K N twenty three question mark what happened to it period", "kn23"},
		{"where are the troops fighting full stop", "where-fighting"},
		{"where are the troops fighting Full Stop", "where-fighting"},
		{"how many russians died in kursk question mark", ""},
		{"what is the range of the kn23 question mark", ""},
	})
}
