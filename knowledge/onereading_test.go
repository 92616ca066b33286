package knowledge

import "testing"

// A reference to several things named is read, not asked back, when
// every reading is answered alike; when the readings differ, or it is a
// part of a group, it is asked back as before.
func TestOneReadingAnswers(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{"their weapons, of either group", []string{"who is kyrylo budanov", "what did he say about north korea", "and the missiles?", "how much more accurate are they now?"}, "does that experience help their weapons too?", "combat-experience", "experience"},
		{"still there, of either country", []string{"is that true??", "that nk is fighting for russia i mean"}, "are they still there", "kursk-activity", "Kursk"},
		{"how many of them, a part", []string{"what happens to them now?", "I mean the North Korean soldiers. Has Ukraine actually captured any?"}, "How many of them are there?", "", ""},
		{"she, of no one named", []string{"what did cho propose?", "who is budanov?"}, "what did she say about the prisoners?", "", ""},
	})
}
