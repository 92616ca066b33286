package knowledge

import "testing"

// A thing the entry does not say whose it is is not the thing of one the
// entry names only beside forces.
func TestOwnerDoes(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"Is Russia's effort humanitarian or geopolitical?", ""},
		{"What two dimensions does Russia's war have?", ""},
		{"What does Russia's cooperation with North Korea signify?", ""},
		{"Was it a Ukrainian or a South Korean official who said North Korea is improving its weapon systems with Russia's help?", "combat-experience"},
		{"when did kim first send his guys over to the kremlin's war", "when-sent"},
	})
}
