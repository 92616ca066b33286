package knowledge

import "testing"

func TestSinceWhenOfLastAnswer(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{"since when of the war clause", []string{"why is north korea being in this war a big deal"}, "since when", "first-since-1950s", "1950s"},
		{"the same with other words", []string{"why does nk fighting in this war matter"}, "since when", "first-since-1950s", "1950s"},
		{"the offer asked, not the war clause", []string{"so sk is gonna take in nk pows?", "why tho"}, "since when", "", ""},
		{"no since in the last answer", []string{"where are the nk troops fighting"}, "since when", "when-sent", "Last year"},
	})
}
