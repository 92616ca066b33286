package knowledge

import "slices"

// meansAskedGuard: "Through which channel did the Foreign Minister convey
// the offer?" is not answered by who made it: a way of asking how that
// is itself a "which" or "what" ("which channel", "by what means", "in
// what way"), read as the word "how", asks the means as the question word
// "how" does, and only an entry that speaks of how answers it. An "in
// what" ("in what sense is it a first?", read "in what way") may ask in
// what respect a thing is so, not a means, and stays.
var meansAskedGuard = guard{
	name:    "means-asked",
	example: "Through which channel did the Foreign Minister convey the offer regarding the reception of captured North Korean personnel?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if ie.sentence != nil || !meansAsked(q.words, q.terms) || ie.names(howTerm) {
			return ""
		}
		return "entry does not say how, which the question asks"
	},
}

// meansAsked reports whether one of the terms ts is the word "how" read
// from words that hold a "which" or "what" ("which channel"), not after
// "in", nor the subject of a saying ("which channel reported ...?" asks
// the outlet, the source): a saying is read as the pack's "say" term,
// a report or an estimate as its word (reportingWords).
func meansAsked(ws []string, ts []term) bool {
	return slices.ContainsFunc(ts, func(t term) bool {
		if t.text != howTerm || t.kind != KindWord || t.end > len(ws) {
			return false
		}
		if t.end < len(ws) && (reportingWords[ws[t.end]] || slices.ContainsFunc(ts, func(o term) bool { return o.pos == t.end && o.text == sayTerm })) {
			return false // "which channel reported the news?": an outlet that says, who
		}
		phrase := ws[t.pos:t.end]
		return phrase[0] != "in" && slices.ContainsFunc(phrase, func(w string) bool { return w == "which" || w == "what" })
	})
}
