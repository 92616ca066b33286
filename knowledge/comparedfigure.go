package knowledge

import "slices"

// "Is that more than the january figure?" after the February toll sets the
// figure just given against the report's other one, named by its date or
// its number. Read alone it names one figure and "more", which no entry
// answers (more troops are another matter); but the last answer gives both
// when it cites the other ("about 4,000 ... (As of January 2025, Ukraine
// had reported over 3,000 killed or injured.)"), and that answer, again,
// says which is which and what each counts. One that does not cite the
// figure named is no answer to it, and the question is read as before.

// comparesFigure reports whether ws asks only whether what was just said
// is more or less than a figure: a form of "be" and "that", "it" or
// "this", a comparative and "than", and a figure's date or number, with
// no word of its own besides.
func comparesFigure(ws []string) bool {
	if len(ws) < 5 || len(ws) > 9 || !beAux[ws[0]] || ws[1] != "that" && ws[1] != "it" && ws[1] != "this" {
		return false
	}
	than, named := false, false
	for _, w := range ws[2:] {
		switch {
		case w == "than":
			than = true
		case months[w] || isNumber(w):
			named = true
		case comparatives[w] || figureNouns[w] || w == "the" || w == "early" || w == "late" || w == "mid" || w == "'s":
		default:
			return false
		}
	}
	return than && named
}

// citesFigureOf reports whether entry en cites, in a sentence of its
// own, the figure ws name by its date or number.
func (e *Engine) citesFigureOf(en int, ws []string) bool {
	an := e.an.analyzeWords(ws, true)
	ie := &e.entries[en]
	return slices.ContainsFunc(an.terms, func(t term) bool {
		return figureKind(t) != "" && slices.ContainsFunc(ie.citedKeys, func(ks []string) bool { return slices.Contains(ks, t.text) })
	})
}

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
