package knowledge

import (
	"slices"
	"strings"
)

// A count asked with a figure the report does not give ("how many did
// North Korea send, 10k or 12k?") is declined: the report's "thousands"
// answers neither. The decline says what the report gives instead, so
// that the asker learns the report has no such figure, not that it says
// nothing of the count.

// figureNotGiven returns what the report gives for a count asked with a
// figure it does not know: the headline of the entry that answers the
// count without the figure ("thousands"), where that entry gives no
// figure and its headline is the report's own words. ok is false
// otherwise.
func (e *Engine) figureNotGiven(an analysis, tr *trace) (says string, ok bool) {
	if !slices.ContainsFunc(an.terms, func(t term) bool { return t.text == howMany }) ||
		!slices.ContainsFunc(an.unknown, isNumber) {
		return "", false
	}
	out := an
	out.terms = slices.DeleteFunc(slices.Clone(an.terms), func(t term) bool { return isNumber(t.text) && !isDate(t) })
	out.unknown = slices.DeleteFunc(slices.Clone(an.unknown), isNumber)
	if len(out.unknown) > 0 {
		return "", false // another word the pack does not know: it asks more than the count
	}
	// (asked untraced: the entry found is not the answer, and Explain
	// must show none passing for a decline)
	c, found := e.askAgain(out, nil)
	if !found || e.entries[c.entry].givesFigure {
		return "", false
	}
	head, _, cut := strings.Cut(e.pack.Entries[c.entry].Answer, ":")
	head = strings.ToLower(strings.TrimSpace(head))
	if !cut || head == "" || strings.ContainsAny(head, ",;") || !slices.ContainsFunc(e.pack.Paragraphs, func(p string) bool { return strings.Contains(strings.ToLower(p), head) }) {
		return "", false // no headline, or not the report's words
	}
	tr.note("a figure the report does not give: it says only " + head)
	return head, true
}
