package knowledge

// A statement that turns the last person away for "the other" ("No, not
// him, the other guy. How did he put the offer across?") says whom the
// question after it is of: the other of the report's people than the one
// the conversation last named. Kept as a name the statement made, it is
// the nearest person a "he" after it may stand for; left alone, the "he"
// would be the very one turned away.

// otherMeant returns the one person "the other" of a statement ws stands
// for, if it names one and the conversation tells which.
func (e *Engine) otherMeant(c Conversation, ws []string) (referent, bool) {
	refs := findReferences(ws)
	if len(refs) == 0 {
		return referent{}, false
	}
	var other *reference
	for i := range refs {
		if refs[i].want == "other" {
			if other != nil || refs[i].of != "person" {
				return referent{}, false
			}
			other = &refs[i]
		}
	}
	if other == nil {
		return referent{}, false
	}
	cands := e.otherThan(c, ws, *other)
	if len(cands) != 1 || cands[0].class != "person" {
		return referent{}, false
	}
	return cands[0], true
}
