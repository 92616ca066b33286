package knowledge

// learnOfferAsked learns the act an entry's own question names as offered
// by a noun of readiness ("What does South Korea's readiness to accept
// the prisoners signify?"): the entry speaks of it as offered, as an
// answer "ready to accept" does (see learnOffered), though its answer
// names the act nowhere. "Is it confirmed that South Korea accepted
// prisoners?" asks whether it was done, and the doneGuard turns the entry
// down.
func (f *entryFacts) learnOfferAsked(question analysis) {
	for i, w := range question.words {
		if !offerNouns[w] || i+1 >= len(question.words) || question.words[i+1] != "to" {
			continue
		}
		for _, t := range question.terms {
			if t.pos == i+2 && (t.kind == KindWord || t.kind == KindAct) {
				f.offered[t.text] = true
			}
		}
	}
}

// offerNouns name a readiness to do a thing, the "to" and its act after
// them.
var offerNouns = setOf("readiness", "willingness", "offer", "proposal", "plan", "commitment")
