package knowledge

import "testing"

// A "he" or "she" the last answer's persons do not fit is asked back, not
// read as of the last answer; one that fits keeps its answer.
func TestPronounUnmetAskedBack(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{"her after Budanov", []string{"who is budanov?"}, "i want her exact words", "", "What do you mean by \"her\""},
		{"his after Budanov", []string{"who is budanov?"}, "i want his exact words", "budanov-role", "In the report's words"},
	})
}
