package knowledge

import "testing"

func TestKindOfName(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"what kind of missile is the kn-23 anyway, ballistic or cruise?", ""}, // a kind of what the entry names it
		{"What kind of weapon is the KN-23?", "kn23"},                          // a missile
		{"wut even is a KN-23 tho, like wut kind of missile is it", ""},        // "it" stands for the one name before
		{"What means KN-23 exactly, which kind of missile it is?", ""},         // a learner's order, "it is"
		{"which kind of missile the KN-23 is?", ""},                            // the name before "is"
		{"what is the kn-23, what kind of weapon is it", "kn23"},
		{"What kind of approach is South Korea suggesting to Ukraine?", "approach"},
	})
}
