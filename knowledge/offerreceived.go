package knowledge

import "slices"

// offerReceivedGuard: "did they agree to the proposal?" asks how the offer
// was received, which the report never says: an entry that says the
// prisoners must agree to move, or who made the offer, is no answer. A
// question asks it where a word of accepting takes the offer itself for
// its object ("accept the proposal", "agree to Cho's offer"), not in a
// condition ("where would they go if they accept the offer?"). Only an
// entry asked so in its own words answers it.
var offerReceivedGuard = guard{
	name:    "offer-received",
	example: "did they agree to the proposal?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if asksOfferReceived(q.words, q.terms) && !ie.receivesOffer {
			return "the question asks whether the offer was accepted, which the entry does not say"
		}
		return ""
	},
}

// acceptingWords take an offer for their object when it follows them.
var acceptingWords = setOf("accept", "accepts", "accepted", "accepting", "agree", "agrees", "agreed", "agreeing", "approve", "approves", "approved", "approving")

// supposingWords open a clause that only supposes what follows.
var supposingWords = setOf("if", "once", "unless", "should")

// asksOfferReceived reports whether a word of accepting in ws takes the
// offer (the term "propose") for its object, past only "to", a
// determiner or a name's possessive, and no condition before it.
func asksOfferReceived(ws []string, ts []term) bool {
	for i, w := range ws {
		if !acceptingWords[w] || slices.ContainsFunc(ws[:i], func(w string) bool { return supposingWords[w] }) {
			continue
		}
		for _, t := range ts {
			if t.text != "propose" || t.pos <= i || t.pos-i > 6 {
				continue
			}
			if !slices.ContainsFunc(ts, func(o term) bool {
				// another object between them: "accept soldiers under the proposal"
				return o.pos > i && o.pos < t.pos && !(o.kind == KindEntity && o.end < len(ws) && (ws[o.end] == "'s" || ws[o.end] == "s"))
			}) {
				return true
			}
		}
	}
	return false
}
