package knowledge

import "slices"

// A claim asked plainly ("Was the 4,000 figure reported in early March?",
// "Did Ukraine report more than 5,000 killed or wounded as of January
// 2025?") is checked as one put to check is, but only where what it gets
// right pins the fact it gets wrong: another detail of it, a date, a
// number or a place, that the entry answering it without the wrong one
// states (4,000 for March; January 2025 for 5,000). Without one, a plain
// question with a detail the report does not give is what the report
// does not say: "Is this North Korea's first war since the 1980s?", "Were
// 4,000 North Koreans wounded?" (the 4,000 are dead, not wounded), "Did
// 10,000 North Korean soldiers die?". So is a number the report never
// gives, however the claim is put ("is it true North Korea lost 10,000
// soldiers?"): only what else the claim gives right tells which figure it
// misstates. Whose a thing is, asked plainly ("Is Kursk under Ukrainian
// control?"), is checked only against an entry that says whose it is
// (under Russian control), not one that merely names another country.

// plainlyChecked reports whether a question asked plainly may have the
// detail d wrong: of a role, only the one after "by" or the post asked
// (agent, see byRole and postAsked); never a sense reversed.
func plainlyChecked(an analysis, d detail, agent int) bool {
	switch d.kind {
	case roleSlot:
		// (not the post with whose it is: "Is Budanov South Korea's
		// foreign minister?" is two details wrong, asked plainly)
		return agent >= 0 && min(d.from, qualifiedRole(an, d)) <= agent && agent <= d.to && !d.whose
	case senseSlot, propertySlot:
		return false
	case codeSlot:
		// a code name asked plainly asks whether it is so, but as a
		// cleft's focus which one (see claimcode.go)
		return d.cleft
	case nameSlot:
		// asked plainly ("Are Chinese troops fighting in Kursk?", "Was
		// South Korea's proposal made to Russia?") a name asks whether
		// it is so, which the report does not say
		return false
	case doerSlot:
		// "did Budanov propose accepting the POWs?" asks whether he did,
		// which the report does not say; "was it South Korea that
		// reported the figure?" asks who did
		return d.cleft
	}
	return true
}

// unanchored reports whether the detail d of the question an may not be
// corrected by the entry en, which answers rest (an without d): a number
// the report never gives, or a date or number asked plainly, with no other
// detail of the claim that en states; or whose a thing is, asked plainly,
// where en does not say it is another country's; or a post's qualifier
// alone, asked plainly, with no country before it that en states.
func (e *Engine) unanchored(d detail, an, rest analysis, plain bool, en int) bool {
	ie := &e.entries[en]
	switch {
	case d.kind == countSlot && d.act == howMany:
		return plain // a count asked in its place: the entry's one figure pins it (see claimfigure.go)
	case d.kind == countSlot && slices.Contains(an.unknown, an.terms[d.from].text),
		plain && (d.kind == dateSlot || d.kind == countSlot):
		return !anchored(an, rest, ie)
	case plain && d.kind == roleSlot && an.terms[d.to-1].kind != KindRole:
		// a qualifier alone, asked plainly ("Is Cho South Korea's
		// defense minister?"): corrected only where whose post it is
		// pins which one, and the entry states it (not "Is Cho the
		// defence minister?", which names no post the report gives)
		if qualifiedRole(an, d) != d.to {
			return true // (nor one after the post, "Was Cho the minister of defense?": see roleof.go)
		}
		if slices.ContainsFunc(an.terms[d.from:d.to], func(t term) bool { return slices.Contains(an.unknown, t.text) }) {
			return true // (nor a post the pack has no word for: "Is Cho South Korea's prime minister?")
		}
		if o := d.to + 1; o < len(an.terms) && an.terms[o].pos > 0 && an.words[an.terms[o].pos-1] == "of" && an.terms[o].pos-an.terms[d.to].end == 1 {
			// whose post it is after it: "was it the Defence Minister of
			// South Korea who made the proposal?"
			w := an.terms[o]
			return e.referentInfo[w.text].class != "country" || !ie.names(w.text)
		}
		if d.from == 0 {
			return true
		}
		w := an.terms[d.from-1]
		return !w.qualifier || e.referentInfo[w.text].class != "country" || !ie.names(w.text)
	case plain && d.kind == countrySlot:
		for o := range ie.whose[an.terms[d.to].text] {
			if e.referentInfo[o].class == "country" && !slices.ContainsFunc(an.terms, func(t term) bool { return t.text == o }) {
				return !anchored(an, rest, ie)
			}
		}
		return true
	}
	return false
}

// anchored reports whether rest, a claim an without the detail it may
// have wrong, keeps a date, a number the report gives, or a place, that
// the entry ie states.
func anchored(an, rest analysis, ie *indexedEntry) bool {
	return slices.ContainsFunc(rest.terms, func(t term) bool {
		anchor := t.place || t.kind != KindQuestion && (isNumber(t.text) || finestDate(rest.words[t.pos:t.end]) != noDate)
		return anchor && !slices.Contains(an.unknown, t.text) && ie.names(t.text)
	})
}
