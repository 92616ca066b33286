package knowledge

// fatePersonGuard: "So Cho was captured?" is not answered by South Korea's
// offer to take in the soldiers Ukraine captured, an entry that names Cho
// (he made the offer) and "captured" (of the soldiers): the report's
// captured, killed and injured are soldiers counted, not a person. A
// claim of a person's fate, the name right before the word of it, is
// answered only by an entry that writes the name before that word too.
// (factcheck.go's personForGroup does the same for a claim read again
// without a detail; this is the entry that matches at once.)
var fatePersonGuard = guard{
	name:    "fate of a person",
	example: "So Cho was captured?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		for i := 1; i < len(q.terms); i++ {
			p, f := q.terms[i-1], q.terms[i]
			named := p.person && p.kind == KindEntity || p.kind == KindRole && personPosts[p.text]
			if !named || f.kind != KindKey || !fateKeys[f.text] {
				continue
			}
			if !ie.whose[f.text][p.text] {
				return "entry does not say " + p.text + " was " + f.text
			}
		}
		return ""
	},
}

// personPosts are the role terms the report gives one person ("the
// foreign minister" is Cho, "the head" of defense intelligence Budanov):
// "was the foreign minister captured?" asks a person's fate as "was Cho
// captured?" does. Posts of many ("troops") are the soldiers counted.
var personPosts = setOf("foreign_minister", "head")

// fateKeys are the key words of what befalls a soldier.
var fateKeys = setOf(heldTerm, "killed", "injured")
