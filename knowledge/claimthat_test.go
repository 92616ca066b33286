package knowledge

import "testing"

// TestClaimThenWho: a claim named before "who said that?" is the claim
// asked of, checked as any claim is.
func TestClaimThenWho(t *testing.T) {
	e := testEngine(t)
	before := []string{"who is reporting that north korea sent troops?"}
	checkTurns(t, e, []turnCase{
		{"a claim the report makes", before, "And the claim that Pyongyang could send even more troops: who said that?", "more-troops", "Joint Chiefs"},
		{"a claim it does not", before, "And the claim that South Korea sent troops to Russia: who said that?", "", ""},
		{"a name it does not give", before, "and the claim that china is sending troops, who said that?", "", ""},
	})
}
