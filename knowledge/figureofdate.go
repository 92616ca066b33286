package knowledge

import (
	"maps"
	"slices"
)

// Chat names one of the report's figures by its date and its kind
// alone: "the Feb number was 5k", "the jan death toll was 5000, right?".
// A number put to check with no one named pins no fact (factcheck.go:
// "the war started in 2022"), but a number with only a date and the
// figure it is ("number", "toll", "dead", "casualties") is a figure of
// the report's, all of which are of North Korea's losses, as a number
// and its date alone are ("so that's 4000 in january?"); the entry of
// that date corrects it.

// datedFigure reports whether ts, what a claim says besides its number,
// name only a date and the kind of figure it is: at least one date, and
// the rest a count asked or a word for losses.
func datedFigure(ts []term) bool {
	return slices.ContainsFunc(ts, isDate) && !slices.ContainsFunc(ts, func(t term) bool {
		return !isDate(t) && !figureKinds[t.text] && !monthPartTerms[t.text] && !figureReached[t.text]
	})
}

// monthPartTerms are the terms of monthPart's words, of the date beside
// them ("by early Feb").
var monthPartTerms = func() map[string]bool {
	t := maps.Clone(monthParts)
	for w := range monthParts {
		t[snowball(w)] = true
	}
	return t
}()

// figureKinds are the terms that say what kind of figure a number is.
var figureKinds = setOf("how_many", "killed", "injured", "casualties")

// figureReached are the terms of a figure reaching its number ("deaths hit
// 5,000 by February", "passed", "topped"): the figure, said of no one else.
var figureReached = setOf("hit", "pass")

// reachedDateGuard: "Did NK fatalities go past 4000 by March?" is not
// answered by the February figure. A figure said to reach its number by
// a date the pack does not know (unknownDate) is a claim of a date the
// report gives nothing of: an earlier figure neither confirms nor
// corrects it, and "About 4,000" would read as confirming March. (A
// figure put at that date, "4,000 by early March, right?", is corrected
// by the entry of its date: no figureReached word.)
var reachedDateGuard = guard{
	name:    "reached-date",
	example: "Did NK fatalities go past 4000 by March?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if ie.givesNoFigure() {
			return ""
		}
		if !slices.ContainsFunc(q.terms, func(t term) bool { return figureReached[t.text] }) || !unknownDate(q.analysis) {
			return ""
		}
		return "a figure reaching its number by a date the report gives nothing of"
	},
}
