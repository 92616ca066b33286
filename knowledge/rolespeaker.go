package knowledge

// roleSpeakerGuard: "Did the captured soldiers say they want to defect?"
// is not answered by what South Korea said it would do for them: soldiers
// named by their role and by what befell them, not by a name (which
// speakerGuard reads), said to say something, must be said to by the
// entry (see says). Only the role
// of a group is read so: an office ("what did the foreign minister say?")
// is held by one the entry names.
var roleSpeakerGuard = guard{
	name:    "role-speaker",
	example: "Did the captured soldiers say they want to defect?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if r, ok := roleSays(q.words, q.terms); ok && !ie.says(r) {
			return "entry does not say that the " + r + " say anything"
		}
		return ""
	},
}

// roleSays returns the group role of a question that asks whether it said
// something, the role right before the way of saying, after a key word and
// an auxiliary ("did the captured soldiers say", "have any of the wounded
// troops said"), if there is one; "more troops, according to the JCS" says who
// says, and "the soldiers said to be fighting" is no speaking of theirs.
func roleSays(ws []string, ts []term) (string, bool) {
	for i := 1; i < len(ts); i++ {
		t, r := ts[i], ts[i-1]
		if t.kind != KindAct || t.text != sayTerm || r.kind != KindRole || !groupRoles[r.text] || r.end != t.pos {
			continue
		}
		if i < 2 || ts[i-2].kind != KindKey || ts[i-2].end != r.pos {
			continue // a group named by what befell it: "the captured soldiers"
		}
		s := ts[i-2].pos
		for s > 0 && speakerLeads[ws[s-1]] {
			s-- // "any of the"
		}
		if s > 0 && doHaveAux[ws[s-1]] { // a question whether the group said something
			return r.text, true
		}
	}
	return "", false
}

// speakerLeads stand between an auxiliary and the group it asks of: "did
// any of the troops say".
var speakerLeads = setOf("the", "any", "of", "some", "these", "those", "all")

// groupRoles are the roles that name a group, not an office.
var groupRoles = setOf("troops")
