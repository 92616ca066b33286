package knowledge

import "slices"

// stillRoleGuard: "Is Cho Tae-yul still foreign minister now?" asks
// whether a person holds a role at present, which the report cannot tell:
// it says what he was when it was written. A question that asks whether
// a person "still" is what a role says ("is Budanov no longer head of
// intelligence?"), and asks nothing else (its terms are the person, the
// role, what the role is of and words the pack does not know), is answered by no entry; one that asks
// what is done goes on being answered ("does SK still back Ukraine?",
// "are the troops still fighting in Kursk?").
var stillRoleGuard = guard{
	name:    "still-role",
	example: "Is Cho Tae-yul still foreign minister now?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if !asksStillRole(q.analysis) {
			return ""
		}
		return "asks whether a role still holds, which the report, of its own date, cannot tell"
	},
}

// asksStillRole reports whether an asks whether a person still holds a
// role: "still" (or "anymore", "no longer"), a person, a role, and no
// other terms than names.
func asksStillRole(an analysis) bool {
	if !asksStill(an.words) {
		return false
	}
	person := slices.ContainsFunc(an.terms, func(t term) bool { return t.person })
	// (a role that names a group, not an office, is held by no one:
	// "are the troops still in Kursk?" asks what is done; see groupRoles)
	role := slices.ContainsFunc(an.terms, func(t term) bool { return t.kind == KindRole && !groupRoles[t.text] })
	other := slices.ContainsFunc(an.terms, func(t term) bool { return t.kind != KindRole && t.kind != KindEntity && t.kind != "" })
	return person && role && !other
}

// asksStill reports whether ws ask whether a state still holds ("still",
// "anymore", "no longer", "any longer").
func asksStill(ws []string) bool {
	for i, w := range ws {
		if w == "still" || w == "anymore" {
			return true
		}
		if w == "longer" && i > 0 && (ws[i-1] == "no" || ws[i-1] == "any") {
			return true
		}
	}
	return false
}
