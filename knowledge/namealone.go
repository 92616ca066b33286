package knowledge

import "slices"

// "what's south korea's role in all this?" "what about russia?" "and the
// us?": a fragment that is only a name, turned down as a fragment of the
// last question (the report does not answer that question of it), asks
// what the report says of that name: it is asked as it stands, as a first
// message would be. Only a name alone: a fragment that asks something of
// it ("and russia, how many died?") is its own question already.

// A last question that asked a figure, a time or a place ("how many
// died?") leaves a name after it asking that of the name ("and the us?":
// how many Americans died), which the report does not answer: what the
// report says of the name otherwise is no answer to it.

// askedAKind reports whether the last question, base, asked how many,
// when or where.
func (e *Engine) askedAKind(base []string) bool {
	return slices.ContainsFunc(e.an.analyzeWords(base, false).terms, func(t term) bool {
		return t.kind == KindQuestion && (t.text == howMany || t.text == whenTerm || t.text == whereTerm)
	})
}

// nameAlone reports whether the fragment fws, read as f, is an opener
// ("what about", "how about", "and") and names alone: entities, and
// nothing else the analysis reads; and names only what the report says
// little of, one entry at most naming each: of a name many entries speak
// of ("and russia?" after "how many died?"), the question was the last
// one's, which the report does not answer of it.
func (e *Engine) nameAlone(fws []string, f analysis) bool {
	if len(fws) < 2 || !(fws[0] == "and" || len(fws) > 2 && (fws[0] == "what" || fws[0] == "how") && fws[1] == "about") {
		return false
	}
	if len(f.unknown) > 0 || len(f.terms) == 0 || slices.ContainsFunc(f.terms, func(t term) bool { return t.kind != KindEntity || t.person }) {
		return false
	}
	for _, t := range f.terms {
		n := 0
		for i := range e.entries {
			if e.entries[i].names(t.text) {
				n++
			}
		}
		if n > 1 {
			return false
		}
	}
	return true
}
