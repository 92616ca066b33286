package knowledge

import (
	"strings"
	"testing"
)

// TestFigureOwners checks which names a question writes as a figure's
// owners (countowner.go): a possessive or adjective before the noun owns
// it; a doer before its verb ("the JCS estimate", "Ukraine count") does
// not, so a question of what someone said is not read as their figure.
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

// TestFigureOwnerGuard checks that a figure asked as one party's is not
// answered with another's: the report gives North Korea's troops and
// losses as Ukraine reports them, so Russia's, the JCS's or the US's count
// is declined (the first though the entry names Russia), while Ukraine's is
// answered.
func TestFigureOwnerGuard(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"what's Russia's tally?", ""}, // North Korea's troops, sent to bolster Russian forces
		{"what's the russian count of north korean troops", ""},
		{"what's Ukraine's figure for the North Korean dead?", "losses"}, // Ukraine reports it
		{"what's Kyiv's number for nk casualties", "losses"},
		{"What's the JCS casualty figure?", ""}, // the chiefs give no toll; Ukraine does
		// the US is one of those reporting "thousands", but no count of
		// its own (declining is a miss at worst)
		{"What's the US count of troops sent?", ""},
		{"How many troops has North Korea sent?", "troop-count"},
	})
	checkTurns(t, e, []turnCase{
		{"russia's number after the losses", []string{"how many north korean soldiers died?"}, "and Russia's number?", "", ""},
	})
}
