package knowledge

import "testing"

// TestNounHead checks that "their" after a name used as a modifier of a
// plural noun means the noun's things, and that a thing's name before its
// own plural noun is still the thing.
func TestNounHead(t *testing.T) {
	pow := "Between which two governments are these POW discussions taking place?"
	checkTurns(t, testEngine(t), []turnCase{
		{name: "discussions head", before: []string{pow}, q: "And their principal focus?", entry: "talks-focus", says: "welfare"},
		{name: "thing stays", before: []string{"tell me about the KN-23 missiles"}, q: "what did russia do to them?", entry: "kn23", says: "accuracy"},
	})
}
