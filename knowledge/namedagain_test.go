package knowledge

import "testing"

// TestNamedAgain: "and russia?" after a question that already names
// Russia is declined, not answered with what the report says of Russia.
func TestNamedAgain(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{"named already", []string{"how many North Korean troops went over to back Russia?"}, "and russia?", "", ""},
		{"a name instead", []string{"how many troops did north korea send?"}, "and russia?", "", ""},
		{"a question after the lead", []string{"when did north korea send troops to russia?"}, "and what do they do there?", "why-sent", "fight"},
	})
}
