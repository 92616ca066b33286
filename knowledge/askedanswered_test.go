package knowledge

import "testing"

func TestTheOneAnswered(t *testing.T) {
	e := testEngine(t)
	two := "My son is serving with the Ukrainian army and I keep reading about North Korean soldiers. Where exactly are they fighting?"
	tests := []turnCase{
		{"the group the answer was about", []string{two}, "how many of them have been killed?", "losses", "4,000"},
		{"and again after it", []string{two, "how many of them have been killed?"}, "Are more of them coming?", "more-troops", "more troops"},
		{"the last question unanswered: asked back", []string{"are the Ukrainian army and the North Korean soldiers fighting each other?"}, "how many of them have been killed?", "", "Who do you mean"},
	}
	checkTurns(t, e, tests)
}
