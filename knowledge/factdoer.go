package knowledge

import (
	"slices"
	"strings"
)

// A check may name the wrong doer of a thing the report says another did:
// "Did Budanov make the POW proposal?" (Cho made it), "Was it South Korea
// that reported the 3,000 figure?" (Ukraine did), "Does Ukraine control
// Kursk?" (Russia does). The doer is a detail of its own kind (doerSlot):
// asked without it, the entry that answers says who does the act, as its
// answer states it (entryFacts.doneBy, or whose the act is: "under
// Russian control"), and that one is another. An entry that says no one
// does it ("an estimated 4,000", by no one named) is no correction of
// "Did Ukraine provide the February figure?", and stays declined.

// doerAsked returns the index in an.terms of the name a question says
// does a thing, the term of that act, and whether the question is a
// cleft ("was it South Korea that reported ...?", "wasn't it Budanov
// who ...?"), which asks who did it; -1 for none. The name is the first a
// question has (not after "of", "in" and the like, not a place, not one
// saying whose a thing is), and its act the first the question names in
// the four words after it, past the names between ("did Budanov make the
// POW proposal?"). Only a person, a country or a body does a thing
// another may have done instead.
func (e *Engine) doerAsked(an analysis) (i int, act string, cleft bool) {
	ws, ts := an.words, an.terms
	i = slices.IndexFunc(ts, func(t term) bool { return t.kind == KindEntity })
	if i < 0 {
		return -1, "", false
	}
	t := ts[i]
	c := e.referentInfo[t.text].class
	if t.qualifier || t.place || placeOrObject[before(ws, t.pos)] || c != "person" && c != "country" && c != "body" {
		return -1, "", false
	}
	at := t.pos
	if at > 0 && ws[at-1] == "the" {
		at--
	}
	cleft = at >= 2 && ws[at-1] == "it" && (beAux[ws[at-2]] || negations[ws[at-2]] && strings.HasSuffix(ws[at-2], "nt"))
	for j := i + 1; j < len(ts) && ts[j].pos-t.end <= 4; j++ {
		if isAct(ts[j]) || ts[j].kind == "" && !isNumber(ts[j].text) && finestDate(ws[ts[j].pos:ts[j].end]) == noDate {
			return i, ts[j].text, cleft
		}
	}
	return -1, "", false
}

// doneByOther reports whether the entry en says the act is done by a name
// that is not the doer asked (an.terms[d.from]), nor one it acts for or
// that acts for it, nor any other name the question has: the report's
// doer, where the question names another.
func (e *Engine) doneByOther(en int, d detail, an analysis) bool {
	ie := &e.entries[en]
	asked := an.terms[d.from].text
	for _, by := range []relation{ie.doneBy, ie.whose} {
		for y := range by[d.act] {
			if y == asked || e.an.actsFor[y] == asked || e.an.actsFor[asked] == y ||
				slices.ContainsFunc(an.terms, func(t term) bool { return t.text == y }) {
				continue
			}
			return true
		}
	}
	return false
}
