package knowledge

import (
	"strings"
	"testing"
)

func TestFigureOwners(t *testing.T) {
	checkReading(t, "figureOwners", func(an analysis) string {
		return strings.Join(figureOwners(an.words, an.terms), " ")
	}, []readingCase{
		{"what's Russia's tally?", "russia"},
		{"what's the russian count of north korean troops", "russia"},
		{"what's Kyiv's January number for nk casualties", "ukraine"},
		{"what did the JCS estimate about more troops?", ""}, // a doer and its verb
		{"how does Ukraine count the dead?", ""},
		{"how many north korean soldiers died?", ""},
	})
}

func TestFigureOwnerGuard(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"what's Russia's tally?", ""}, // North Korea's troops, sent to bolster Russian forces
		{"what's the russian count of north korean troops", ""},
		{"what's Ukraine's figure for the North Korean dead?", "losses"}, // Ukraine reports it
		{"what's Kyiv's number for nk casualties", "losses"},
		{"How many troops has North Korea sent?", "troop-count"},
	})
	checkTurns(t, e, []turnCase{
		{"russia's number after the losses", []string{"how many north korean soldiers died?"}, "and Russia's number?", "", ""},
	})
}
