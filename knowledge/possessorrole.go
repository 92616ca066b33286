package knowledge

// A role set between a country and a thing it owns ("what has russia done
// to the north korean military's missiles?", "their missiles" read after
// an answer about "the North Korean military" or a question about "nk
// troops") names whose the thing is, as the country does: the military's
// missiles are North Korea's. So the named guard does not ask the entry
// to speak of such a role, when it speaks of the country: the entry on
// North Korea's KN-23 missiles answers it. Only with the possessive's
// "'s" between the role and the thing ("north korean troops deploy" is
// no thing of theirs), and only right after the country's name.

// possessorMarks are the words a possessive's "'s" is read as.
var possessorMarks = setOf("s", "'s", "’s")

// countrysPossessor reports whether the role t stands right after a
// country's name and before the possessive's "'s" and a word term (see
// above), and the entry names that country.
func countrysPossessor(q *query, t term, ie *indexedEntry) bool {
	if t.kind != KindRole || t.end+1 >= len(q.words) || !possessorMarks[q.words[t.end]] {
		return false
	}
	var country, thing bool
	for _, o := range q.terms {
		switch {
		case o.kind == KindEntity && !o.person && o.end == t.pos && ie.names(o.text):
			country = true
		case o.kind == KindWord && o.pos == t.end+1:
			thing = true
		}
	}
	return country && thing
}
