package knowledge

import "slices"

// A figure put to check with the wrong source ("the 3,000 dead or injured
// figure came from the South Korean Joint Chiefs, correct?") is corrected
// by the entry that gives that very figure and says who gave it (Ukraine
// reported it). Only the figure the claim names counts: an entry with
// another figure says nothing of the source of this one ("the 4,000
// figure came from the pentagon?", a figure the report gives no source
// for, stays declined).

// checkedSource reports whether the entry ie states a number the question
// an names and says that one of the class of the name put to check (a
// country or a body; for a person, a country too), other than any the
// question names, said it.
func (e *Engine) checkedSource(ie *indexedEntry, class string, an analysis, asked func(string) bool) bool {
	if class != "body" && class != "country" && class != "person" {
		return false
	}
	if !slices.ContainsFunc(an.terms, func(t term) bool { return isNumber(t.text) && !isDate(t) && ie.names(t.text) }) {
		return false
	}
	for _, act := range speechActs {
		for y := range ie.doneBy[act] {
			c := e.classes[y]
			if !asked(y) && (c == "country" || c == "body") {
				return true
			}
		}
	}
	return false
}
