package knowledge

import (
	"cmp"
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
// who ...?") or a passive naming its doer after "by" ("is Kursk
// controlled by Ukraine?"), either of which asks who did it; -1 for
// none. The name is the first a question has that may do a thing
// another may have done instead (a person, a country, a body; not one
// saying whose a thing is), unless it is after "of", "in" and the like;
// and its act the first the question names in the four words after it,
// past the names between ("did Budanov make the POW proposal?").
func (e *Engine) doerAsked(an analysis) (i int, act string, cleft bool) {
	ws, ts := an.words, an.terms
	i = slices.IndexFunc(ts, func(t term) bool {
		c := e.referentInfo[t.text].class
		return t.kind == KindEntity && !t.qualifier && (c == "person" || c == "country" || c == "body")
	})
	if i < 0 || placeOrObject[before(ws, ts[i].pos)] {
		return -1, "", false
	}
	t := ts[i]
	at := t.pos
	if at > 0 && ws[at-1] == "the" {
		at--
	}
	if at > 0 && ws[at-1] == "by" {
		// a passive's doer, which it asks as a cleft does ("is the
		// Kursk region controlled by Ukraine?"): its act the term
		// right before "by"
		if i > 0 && ts[i-1].end == at-1 && (isAct(ts[i-1]) || ts[i-1].kind == "") {
			return i, ts[i-1].text, true
		}
		return -1, "", false
	}
	cleft = at >= 2 && ws[at-1] == "it" && (beAux[ws[at-2]] || negations[ws[at-2]] && strings.HasSuffix(ws[at-2], "nt"))
	for j := i + 1; j < len(ts) && ts[j].pos-t.end <= 4; j++ {
		if isAct(ts[j]) || ts[j].kind == "" && !isNumber(ts[j].text) && finestDate(ws[ts[j].pos:ts[j].end]) == noDate {
			return i, ts[j].text, cleft
		}
	}
	return -1, "", false
}

// doneByOther reports whether the entry en says the act is done by
// another of the kind of the doer asked (an.terms[d.from]: a person, a
// country, a body; for a person, a country too: "is it true Budanov made
// the POW proposal?" is told South Korea made it), of a party no name in
// the question is or acts for: the report's doer, where the question
// names another. (Not the agency Budanov heads, nor Ukraine he acts for,
// of "were Budanov's claims confirmed by the US?": who confirmed them the
// report does not say.)
func (e *Engine) doneByOther(en int, d detail, an analysis) bool {
	ie := &e.entries[en]
	party := func(x string) string { return cmp.Or(e.an.actsFor[x], x) }
	class := e.referentInfo[an.terms[d.from].text].class
	for _, by := range []relation{ie.doneBy, ie.whose} {
		for y := range by[d.act] {
			if c := e.referentInfo[y].class; c != class && !(class == "person" && c == "country") ||
				slices.ContainsFunc(an.terms, func(t term) bool {
					if class == "person" && c == "person" {
						// another person, whose country the claim may
						// name for what it says of it ("Budanov proposed
						// that South Korea take the POWs": Cho did)
						return t.text == y
					}
					return t.kind == KindEntity && party(t.text) == party(y)
				}) {
				continue
			}
			return true
		}
	}
	return false
}

// roleDoer returns the index in an.terms of a role a claim names as the
// doer of a thing, with no person named ("the defense minister proposed
// taking the POWs, right?", "was it the defense minister who made the
// proposal?"): the first term, with no more than whose post it is and
// the words qualifying it before it, and an act in the four words after
// it; -1 for none, and cleft true for a question that asks it "was it
// ... who". A role of many ("troops": "did sk's military say anything")
// is a group that acts, not a post. Its qualifier or post is then a
// detail a check may have wrong, as a named person's post is.
func (e *Engine) roleDoer(an analysis) (i int, cleft bool) {
	ws, ts := an.words, an.terms
	for i, t := range ts {
		switch {
		case t.kind == KindRole && e.referentInfo[t.text].class != "group":
			for j := i + 1; j < len(ts) && ts[j].pos-t.end <= 4; j++ {
				if isAct(ts[j]) {
					return i, len(ws) > 1 && beAux[ws[0]] && ws[1] == "it"
				}
			}
			return -1, false
		case t.kind == KindEntity && t.qualifier, t.kind == "":
			// whose post, a word qualifying it
		default:
			return -1, false
		}
	}
	return -1, false
}

// roleDoerAt reports whether the i-th term of an is the role it names as
// a doer (see roleDoer).
func (e *Engine) roleDoerAt(an analysis, i int) bool {
	r, _ := e.roleDoer(an)
	return r == i
}
