package knowledge

import "testing"

func TestFragmentNameStandingAlone(t *testing.T) {
	// a name standing alone in a fragment takes the place of the last
	// question's name that stands alone (its doer), not of one that only
	// says whose a noun is ("the North Korean losses"); with only such a
	// one, that one
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{"the doer, not the owner", []string{"did south korea report the north korean losses?"}, "and ukraine?", "losses-january", "Ukraine reported"},
		{"only an owner", []string{"how many north korean troops died?"}, "what about russia?", "", ""},
	})
}
