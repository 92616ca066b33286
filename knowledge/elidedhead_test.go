package knowledge

import "testing"

// "X's figure, Y's, or Z's": the owners are the alternatives, the word
// said once after the first.
func TestElidedHeadOffersOwners(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"Attribution for the 3,000 number: is that Ukraine's figure, Seoul's, or Washington's?", "losses-january"},
		{"is the 3,000 number Ukraine's figure or Seoul's?", "losses-january"},
		{"is the 3,000 number Russia's figure, Seoul's, or Washington's?", ""},    // none of them is Ukraine
		{"is the 4,000 estimate Ukraine's figure, Seoul's, or Washington's?", ""}, // the report says whose the 4,000 is not
		{"is the 4,000 number Russia's figure or Seoul's?", ""},
	})
}
