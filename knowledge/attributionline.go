package knowledge

import "slices"

// A question of who says a thing or how sure the report is of it, put in
// words no claim frame reads ("who's the source on X?", "how confident is
// the article about X?"), is answered by a line of the attribution of the
// entry that answers X read alone. Only the entry that answers X as it
// stands counts: one found by a reading of X answers something else.

// entryAnswering returns the entry that answers rest read alone, as it
// stands (not a reading of it).
func (e *Engine) entryAnswering(rest []string) (int, bool) {
	a := e.answer(joinWords(rest), &trace{quiet: true})
	if !a.Answered || a.reread || a.EntryID == "" {
		return 0, false
	}
	en, ok := e.byID[a.EntryID]
	return en, ok
}

// attributed reports whether an attribution of entry en has has.
func (e *Engine) attributed(en int, has func(Attribution) bool) bool {
	id := e.pack.Entries[en].ID
	return slices.ContainsFunc(e.pack.Talk.Attribution, func(at Attribution) bool { return at.Entry == id && has(at) })
}

// attributionAnswer answers q with entry en's line for ask (who says it,
// or how sure the report is of it), the entry found by the turn itself.
func (e *Engine) attributionAnswer(c Conversation, q string, en int, ask string, tr *trace) (Answer, Conversation) {
	a := e.answerAbout(e.newAnswer(q), en, ask)
	tr.checked(a.EntryID, &candidate{score: 1, cov: 1, cos: 1}, nil, "")
	return a, e.remember(c, c.base, a)
}
