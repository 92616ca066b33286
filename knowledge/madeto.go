package knowledge

// madeTo reads a "them" that an act is done to by the one the report has
// it done to: in "how'd he pitch it to them?" after a question of the
// minister who wants to take in the soldiers Ukraine caught, "them" is
// Ukraine, to whom the report has the proposal made (entryFacts.partners:
// "in its proposal to Ukraine"), not the soldiers, named last. It keeps,
// of the referents the conversation named, those the report has the act
// done to, when they are one; ok is false otherwise, and for a "them"
// not after "to" and an act.
func (e *Engine) madeTo(c Conversation, ws []string, r reference) ([]referent, bool) {
	if (r.word != "them" && r.word != "em") || r.at < 2 || ws[r.at-1] != "to" {
		return nil, false
	}
	an := e.an.analyzeWords(ws[:r.at-1], true)
	if len(an.terms) == 0 {
		return nil, false
	}
	act := an.terms[len(an.terms)-1]
	if act.kind != KindWord && act.kind != KindAct || r.at-1-act.end > 2 {
		// "pitch it to them", "propose the plan to them": the act, and
		// at most what it is, right before "to"
		return nil, false
	}
	to := map[string]bool{}
	for _, ie := range e.entries {
		for name := range ie.partners[act.text] {
			to[name] = true
		}
	}
	if len(to) == 0 {
		return nil, false
	}
	kept := pickNearest(c.refs, func(rf referent) bool { return to[rf.concept] })
	if len(kept) != 1 {
		return nil, false
	}
	return kept, true
}
