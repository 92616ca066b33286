package knowledge

import "testing"

func TestToldBeforeAskedBack(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{"figures told, nothing before", nil, "I pressed something and lost it. What were the figures you told me?", "", "What do you mean"},
		{"number said, nothing before", nil, "what was the number you said?", "", "What do you mean"},
		{"names what it is of", nil, "what did you tell me about cho?", "cho-role", "Foreign Minister"},
		{"the reply read whole", []string{"What were the figures you told me?"}, "The dead soldiers, dear. How many by February?", "fatalities-feb", "4,000"},
	})
}
