package knowledge

import "testing"

func TestInPhrase(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		// "all of them" is the pack's phrase for the condition; "them"
		// resolved would ask only of the soldiers
		{"all of them", []string{"Hello. South Korea want to take the north soldiers who our boys catch. Is true?"}, "All of them? Or only some?", "condition", "interest"},
		// a pronoun inside the phrase, not at its end, is resolved as before
		{"made them", []string{"what's this kn-23 business?"}, "who made them more accurate?", "kn23", "Russia"},
	})
}
