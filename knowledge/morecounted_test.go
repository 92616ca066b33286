package knowledge

import "testing"

func TestMoreOfCounted(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{"more of the troops counted", []string{"how many troops did kim send to russia?"}, "and more coming?", "more-troops", "more troops"},
		{"who says it, after", []string{"how many troops did kim send to russia?", "and more coming?"}, "who says that?", "more-troops", "Joint Chiefs"},
		{"no count before", []string{"what did cho offer?"}, "and more coming?", "", ""},
		// of a count of those sent, answered, and saying what of more
		{"a count not of sending, declined", []string{"how many soldiers were captured?"}, "any more?", "", ""},
		{"a count not of sending, answered", []string{"how many soldiers died by february?"}, "more coming?", "", ""},
		{"more of a count of sending, said what of", []string{"how many troops did kim send to russia?"}, "any more coming?", "more-troops", "more troops"},
	})
}
