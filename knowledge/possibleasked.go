package knowledge

import "slices"

// possibleAskedGuard: "Could North Korea bolster its forces in Russia?" is
// not answered by why North Korea sent troops ("To bolster Russian
// forces"): a question that opens with a modal ("could", "will", "might")
// and asks no kind of question asks whether a thing may be, and an entry
// that says why, when, where or how many answers another question,
// however many of its words the question borrows; so does an auxiliary
// question with "still" ("Is fighting in Kursk still going on?"). A request ("can
// someone confirm ...?") is asked of the asker, and stays.
var possibleAskedGuard = guard{
	name:    "possible-asked",
	example: "Could North Korea bolster its forces in Russia?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		ws := q.words
		if ie.sentence != nil || len(ws) < 2 || !(modals[ws[0]] || stillAsked(ws)) || askedOfAsker[ws[1]] {
			return "" // "would you summarise ...?" is a request
		}
		k := ""
		for _, x := range []string{whyTerm, howMany, whereTerm, whenTerm} {
			if ie.about[x] {
				k = x
				break
			}
		}
		if k == "" {
			return ""
		}
		for _, t := range q.terms {
			if t.kind == KindQuestion {
				return ""
			}
		}
		if !modals[ws[0]] && statesAll(q, ie) {
			return "" // "Is North Korea still helping Russia?": the answer states it goes on
		}
		return "entry says " + k + ", not whether it may be"
	},
}

// askedOfAsker, after a modal, make the question a request to the bot or
// the readers ("can someone confirm ...?"), not whether a thing may be.
var askedOfAsker = setOf("you", "u", "ya", "i", "we", "someone", "somebody", "anyone", "anybody", "one", "ye")

// statesAll reports whether the entry states each of the question's
// terms, its act and its names: what a "still" question asks goes on is
// then what the answer says is so ("North Korean troops fight alongside
// Russian forces"), whatever else it says why.
func statesAll(q *query, ie *indexedEntry) bool {
	n := 0
	for _, t := range q.terms {
		if t.kind == KindFiller || t.kind == KindFrame {
			continue
		}
		if !ie.states(t.text) {
			return false
		}
		n++
	}
	return n >= 2
}

// stillAsked reports whether ws ask whether a thing goes on: an auxiliary
// first and "still" ("Is fighting in Kursk still going on?"), which a
// place or a reason does not say.
func stillAsked(ws []string) bool {
	return (beAux[ws[0]] || doAux[ws[0]]) && slices.Contains(ws, "still")
}
