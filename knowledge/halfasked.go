package knowledge

import "slices"

// A question of two clauses ("what are the korea-ukraine talks focused
// on, and what did the JCS say?") that no entry answers as a whole, nor
// each clause by its own entry, is not answered by a reading of one clause
// alone: the answer to that half would read as the answer to both (the
// part it answers is said as such only by answerInPart, see inpart.go).

// oneClauseOf reports whether the reading at asks only what one of the
// question's clauses asks, its terms all of that clause, when there are
// two or more.
func oneClauseOf(at analysis, clauses []analysis) bool {
	if len(clauses) < 2 || len(at.terms) == 0 {
		return false
	}
	if at.sideBySide && !slices.ContainsFunc(clauses, func(cl analysis) bool {
		return slices.ContainsFunc(cl.terms, func(t term) bool { return t.kind == KindQuestion && t.text != howMany })
	}) {
		// "did the toll go up between jan and feb, and by how much?":
		// the two figures read from the whole answer every clause that
		// asks only of figures, though the reading dropped the words
		// that set them side by side
		return false
	}
	for _, cl := range clauses {
		if !slices.ContainsFunc(at.terms, func(t term) bool {
			return !slices.ContainsFunc(cl.terms, func(o term) bool { return o.text == t.text })
		}) {
			return true
		}
	}
	return false
}

// namesOtherClauses reports whether the entry en, found for the reading at
// of one clause, also names a term of each other clause: then it answers
// more than that half.
func (e *Engine) namesOtherClauses(en int, at analysis, clauses []analysis) bool {
	ie := &e.entries[en]
	for _, cl := range clauses {
		own := slices.DeleteFunc(slices.Clone(cl.terms), func(t term) bool {
			return t.kind == KindQuestion || t.kind == KindFrame || t.kind == KindFiller || slices.ContainsFunc(at.terms, func(o term) bool { return o.text == t.text })
		})
		if len(own) > 0 && !slices.ContainsFunc(own, func(t term) bool { return ie.names(t.text) }) {
			return false
		}
	}
	return true
}
