package knowledge

import (
	"maps"
	"slices"
)

// A claim put to check may give one of the report's figures with its
// number and date right and the kind of loss it counts wrong: "so
// approximately 4,000 were wounded by early February?" (the 4,000 are
// fatalities). The number and the date pin which figure it is, so asked
// without the kind, the entry of that figure answers, and where it names
// a kind of loss the claim lacks, its fact is the correction, given
// without a "Yes." (see checkedFact). Without both a number the entry
// gives and a date it states ("Were 4,000 North Koreans wounded?"), the
// kind may be of another figure the report does not give, and the claim
// stays declined. The report's figures are running totals ("by early
// February", "as of January"): a date read as when the losses happened
// ("4,000 were wounded in February") may be of a figure the report does
// not give, and is no pin.

// lossSlot is the kind of loss a figure counts (see slot in factcheck.go).
const lossSlot = propertySlot + 1

// lossKindAsked returns a detail for each term of an saying what kind of
// loss a number counts, where an names a number to count it by.
func lossKindAsked(an analysis) []detail {
	if !slices.ContainsFunc(an.terms, func(t term) bool { return isNumber(t.text) && !isDate(t) }) {
		return nil
	}
	var out []detail
	for i, t := range an.terms {
		if lossKinds[t.text] {
			out = append(out, detail{kind: lossSlot, from: i, to: i + 1})
		}
	}
	return out
}

// lossKinds are the kinds of loss the report's figures count: figureKinds
// without the count asked, so a new kind of figure is one of loss too.
var lossKinds = func() map[string]bool {
	k := maps.Clone(figureKinds)
	delete(k, "how_many")
	return k
}()

// namesOtherLoss reports whether entry en, answering the claim an without
// its kind of loss, gives the claim's number and date, and names a kind of
// loss the claim does not: a number and a date alone pin the figure.
func (e *Engine) namesOtherLoss(en int, d detail, an analysis) bool {
	ie := &e.entries[en]
	pinned := func(date bool) bool {
		return slices.ContainsFunc(an.terms, func(t term) bool {
			if slices.Contains(an.unknown, t.text) || !ie.names(t.text) {
				return false
			}
			if date {
				return finestDate(an.words[t.pos:t.end]) != noDate && runningTotal(an.words[:t.pos])
			}
			return isNumber(t.text) && !isDate(t)
		})
	}
	if !pinned(false) || !pinned(true) {
		return false
	}
	for k := range lossKinds {
		if k != an.terms[d.from].text && ie.about[k] && ie.names(k) && !an.hasTerm(k) {
			return true
		}
	}
	return false
}

// runningTotal reports whether the words before a date, ws, date a
// running total: "by", "as of", "until", with the part of the month
// between ("by early February", "by the end of January").
func runningTotal(ws []string) bool {
	if len(ws) > 0 && monthPart(ws[len(ws)-1:]) {
		ws = ws[:len(ws)-1]
	}
	if n := len(ws); n > 3 && ws[n-3] == "the" && ws[n-2] == "end" && ws[n-1] == "of" {
		ws = ws[:n-3]
	}
	if len(ws) == 0 {
		return false
	}
	switch ws[len(ws)-1] {
	case "by", "until", "till", "through":
		return true
	case "of":
		return len(ws) > 1 && ws[len(ws)-2] == "as"
	}
	return false
}
