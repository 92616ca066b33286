package knowledge

import "testing"

// In a conversation, "what does he say about the missiles?" of Budanov is
// answered by the KN-23 entry with its attribution first (the report gives
// it beside him, as no one's); asked alone, what Budanov said of the KN-23
// is declined, and a topic whose attribution does not name him is no
// answer to what he said.
func TestSaidNear(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{"beside him, in a conversation", []string{"then who's the spy chief?"}, "what does he say about the missiles?", "kn23", "does not say who"},
		{"another person's topic", []string{"then who's the spy chief?"}, "what does he say about the phone call?", "", ""},
	})
	checkAnsweredBy(t, e, "What did Budanov say about the KN-23?", "")
}
