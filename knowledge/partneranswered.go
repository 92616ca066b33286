package knowledge

import "slices"

// A "who" that asks to or with whom a thing is done ("who did Cho make the
// proposal to?", "to which country was the offer made?") is answered by an
// entry whose answer says to whom it was done, one the question does not
// name ("In its proposal to Ukraine, ..."), though no way of asking the
// entry says "who": its answer gives what is asked. Without this, such a
// question was turned down by the entry that names the doer, rightly, and
// by the one that names the partner for lacking "who", so nothing answered.

// partnerAnswered reports whether the question word t asks to or with whom
// an act is done (asksPartner) and the entry's answer says so of an act the
// question speaks of (answersPartner).
func (ie *indexedEntry) partnerAnswered(q *query, t term) bool {
	return t.text == "who" && asksPartnerOrRecipient(q.words, q.terms, t) && ie.answersPartner(q.terms)
}

// asksPartnerOrRecipient reports whether the question word t asks to or
// with whom a thing is done (asksPartner), or who was given it
// (asksRecipient).
func asksPartnerOrRecipient(ws []string, ts []term, t term) bool {
	return t.text == "who" && (asksPartner(ws, t) && !asksOwner(ws, t) || asksRecipient(ws, ts, t))
}

// receivingWords say that one is given a thing: "which country received
// the proposal?" asks to whom it was made.
var receivingWords = setOf("receive", "received", "receives", "receiving", "got", "get", "gets", "getting")

// asksRecipient reports whether the question word t, a who, asks who was
// given a thing said ("who got the offer?", "which country has received
// the proposal?"): a receiving word right after it, after one auxiliary at
// most, then one of the ways of saying (speechActs), to someone; not "who
// got the POWs?", which asks who takes them in, nor "who got the KN-23
// upgrade?", whose missiles were upgraded.
func asksRecipient(ws []string, ts []term, t term) bool {
	if t.text != "who" || !whWords[ws[t.pos]] {
		return false
	}
	j := t.end
	if j < len(ws) && auxiliaryWords[ws[j]] {
		j++
	}
	if j >= len(ws) || !receivingWords[ws[j]] {
		return false
	}
	for _, o := range ts {
		if o.pos > j && o.kind != KindEntity { // (past its owner: "South Korea's offer")
			return (o.kind == KindWord || o.kind == KindAct) && slices.Contains(speechActs, o.text)
		}
	}
	return false
}

// auxiliaryWords may stand between a question word and its verb.
var auxiliaryWords = setOf("has", "have", "had", "did", "does", "do", "was", "were", "is", "will", "would")

// partnerShare is the share of the question's weight in a "who" asking to
// or with whom (or who was given) that the entry's answer says (see
// partnerAnswered): the entry covers it though it lacks the word.
func (q *query) partnerShare(ie *indexedEntry) float64 {
	for _, t := range q.terms {
		if ie.partnerAnswered(q, t) {
			q.unaskedAnswered(ie) // weighs the question once
			if q.weight == 0 {
				return 0
			}
			return termWeight(q.idf, q.maxIDF, t.text, q.weighed) / q.weight
		}
	}
	return 0
}
