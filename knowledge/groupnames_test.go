package knowledge

import "testing"

// "whats their names" of the soldiers, read as "the soldiers' names",
// asks who the soldiers are, which no entry says; "did he serve in the
// military himself?" asks one's own service (the pack's "military
// service"), which the report never tells.
func TestGroupNamesAndOwnService(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{"the soldiers' names", []string{"is south korea gonna let the north korean soldiers live there??"}, "whats their names", "", ""},
		{"one's name by a possessive still asks of them", nil, "what is the foreign minister's name?", "cho-role", "Cho Tae-yul"},
		{"one's own military service", []string{"who made the offer?"}, "did he serve in the military himself?", "", ""},
	})
}
