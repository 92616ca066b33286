package knowledge

import "slices"

// "Why are they different?", "how do they differ?" after an answer that
// gives two figures asks of the two: that answer, again, says what each
// counts and when. Read with what came before, "they" would be the people
// counted, and the question one of how those differ.

// comparesThem reports whether ws ask only how the things just said
// compare: a plural pointer ("they", "those", "the two"), and no term but
// the pack's comparison and a kind of question.
func (e *Engine) comparesThem(ws []string) bool {
	if len(ws) < 3 || len(ws) > 7 || !slices.ContainsFunc(ws, func(w string) bool { return themWords[w] }) {
		return false
	}
	an := e.an.analyzeWords(ws, true)
	compares := false
	for _, t := range an.terms {
		switch {
		case t.text == compareTerm:
			compares = true
		case t.kind == KindQuestion || t.kind == KindFiller:
		default:
			return false
		}
	}
	return compares && len(an.unknown) == 0
}

// themWords point back at things just said, more than one.
var themWords = setOf("they", "them", "those", "these", "both", "two")

// givesTwoFigures reports whether entry en cites two figures of one kind,
// each in a sentence without the other (see pairs).
func (e *Engine) givesTwoFigures(en int) bool {
	cited := e.entries[en].citedKeys
	var ts []term
	for _, ks := range cited {
		for _, k := range ks {
			ts = append(ts, term{text: k})
		}
	}
	return len(cited) >= 2 && pairs(cited, ts)
}
