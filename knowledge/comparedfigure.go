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
func (e *Engine) citesFigureOf(en int, ws []string, tr *trace) bool {
	an := tr.analyzeWords(e.an, ws, true, false)
	ie := &e.entries[en]
	return slices.ContainsFunc(an.terms, func(t term) bool {
		return figureKind(t) != "" && slices.ContainsFunc(ie.citedKeys, func(ks []string) bool { return slices.Contains(ks, t.text) })
	})
}
