package knowledge

import "testing"

// TestTopicThenWhere: a thing named before "which paragraph?" is where
// the report says it; and "which paragraph gives that January number?"
// after a question turned down is of the number it names.
func TestTopicThenWhere(t *testing.T) {
	e := testEngine(t)
	before := []string{"Who wrote this piece?"}
	checkTurns(t, e, []turnCase{
		{"named, after a turned-down question", before, "Which paragraph gives that January number?", "losses-january", "paragraph"},
		{"topic then which paragraph", append(before, "Which paragraph gives that January number?"), "And the February estimate, which paragraph?", "fatalities-feb", "paragraph"},
		{"alone", nil, "the KN-23 missiles, which paragraph?", "kn23", "paragraph 7"},
		{"a thing the report does not name", nil, "the chinese troops, which paragraph?", "", ""},
		{"that, after a question turned down", before, "which paragraph is that in?", "", ""},
	})
}
