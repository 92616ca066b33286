package knowledge

// A claim may put a person's post right and what it is of wrong: "Was
// Budanov the head of Ukraine's army?", "Budanov is the chief of the army
// of Ukraine?" (he heads its Defense Intelligence). The army, a group
// read as a role, is what the post is of: dropped, with whose it is, the
// claim asks who Budanov is the head of, and the entry that says what his
// post is of (its roleOf) corrects it. Asked plainly ("Is Budanov the
// head of Ukraine's army?") it stays declined, as a post with whose it is
// does (plainlyChecked): the question sets count it out of scope.

// postOf returns the index of the role whose post the detail d is of, the
// role before it with "of" after it and only names of countries or of "the"
// between ("head of Ukraine's army", "chief of the army"); -1 if none.
// d must end in a role, the group the post is of.
func (e *Engine) postOf(an analysis, d detail) int {
	if d.kind != roleSlot || d.to > len(an.terms) || an.terms[d.to-1].kind != KindRole {
		return -1
	}
	for r := d.from - 1; r >= 0; r-- {
		t := an.terms[r]
		if t.kind == KindRole {
			if t.end < len(an.words) && an.words[t.end] == "of" {
				return r
			}
			return -1
		}
		if t.kind != KindEntity || e.referentInfo[t.text].class != "country" {
			return -1
		}
	}
	return -1
}

// postOfOther reports whether entry en says the post at r (see postOf) is
// of another than the question an names: a body or a group not in it.
func (e *Engine) postOfOther(en int, an analysis, r int) bool {
	for y := range e.entries[en].roleOf[an.terms[r].text] {
		if !an.hasTerm(y) {
			return true
		}
	}
	return false
}
