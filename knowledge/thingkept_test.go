package knowledge

import "testing"

func TestReadingKeepsFigure(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"ua said 3k dead or hurt but then 4k fatalities?? which is it, cope numbers or what", "losses"},                         // not "ukraine how many", the troops sent
		{"Quick reconciliation question lol, the report gives two casualty numbers for the NK troops, what are they?", "losses"}, // not "north korea", why they were sent
		{"Does the report give a precise troop number, or just 'thousands'?", "troop-count"},                                     // "troops thousand" still asks of the word
	})
}
