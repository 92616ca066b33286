package knowledge

// pronounUnmet returns the first reference among refs to a person by
// "he" or "she" when entry en, the last answer, names persons but none
// the pronoun fits: "i want her exact words" after "who is Budanov?"
// names no one who was mentioned, and is asked back, not read as the
// last answer's quote. An answer that names no person leaves the
// pronoun to the rest of the conversation.
func (e *Engine) pronounUnmet(en int, refs []reference) (reference, bool) {
	if en < 0 || en >= len(e.entries) {
		return reference{}, false
	}
	for _, r := range refs {
		if r.want != "he" && r.want != "she" {
			continue
		}
		persons, fits := 0, false
		for k := range e.entries[en].about {
			rf, ok := e.referentInfo[k]
			if !ok || rf.class != "person" {
				continue
			}
			persons++
			fits = fits || rf.pronoun == r.want
		}
		if persons > 0 && !fits {
			return r, true
		}
	}
	return reference{}, false
}
