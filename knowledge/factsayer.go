package knowledge

import (
	"slices"
	"strings"
)

// saysWhoOnly reports whether entry en is asked who says a thing ("who
// reports that North Korea sent troops?") where the claim an, its doer
// wrong, says nothing of saying ("is it true that South Korea sends
// troops?"): the entry corrects who says it, not who did it, and may have
// the claim's doer be one who says it ("reports from ... South Korea"),
// which reads as the claim confirmed. A claim of who said it ("was it
// Russia that reported the 3,000?") is corrected by it.
func (e *Engine) saysWhoOnly(an analysis, en int) bool {
	speech := func(t term) bool { return t.text == sayTerm || t.text == "report" || t.text == "indicate" } // (not "propose", an offer made)
	return slices.ContainsFunc(e.an.analyze(e.pack.Entries[en].Question, false).terms, speech) && !slices.ContainsFunc(an.terms, speech)
}

// leadNamesNone reports whether entry en's answer opens with a lead that
// names no one ("Last year: North Korea dispatched ...", "Thousands:
// ..."): it answers when or how many, not who, so it does not correct a
// claim's doer; a lead of who ("Russia: ...") does.
func (e *Engine) leadNamesNone(an analysis, en int) bool {
	text := e.pack.Entries[en].Answer
	lead, _, ok := strings.Cut(text, ": ")
	if !ok || withoutLead(text) == text {
		return false
	}
	// (a lead the claim has, "Over 3,000:" to "was it South Korea that
	// reported the 3,000?", is the detail the claim keeps, not another)
	return !slices.ContainsFunc(e.an.analyze(lead, false).terms, func(t term) bool {
		return t.kind == KindEntity || t.person || slices.ContainsFunc(an.terms, func(c term) bool { return c.text == t.text })
	})
}
