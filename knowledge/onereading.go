package knowledge

import "slices"

// oneReadingAnswers is for a reference that may be any of several things
// the conversation named ("does that experience help their weapons too?"
// after answers naming the North Korean military and the Russian forces):
// when every reading is answered, each by the same entry and each by one
// that speaks of what it reads the reference as, what was meant does not
// change the answer, and the question is read with the first of them
// instead of asked back. One reading left unanswered, or answered by
// another entry, is a choice that matters, and is asked back as before;
// so is a part of them ("how many of them ...?"), which a reading of the
// whole group would answer with the whole, and a reference of the same
// message, with no answer before it.
func (e *Engine) oneReadingAnswers(c Conversation, ws []string, ask pending, tr *trace) ([]string, bool) {
	r := ask.ref
	if len(ask.offered) < 2 || c.entry == 0 || r.at > 0 && ws[r.at-1] == "of" {
		return nil, false
	}
	var first []string
	entry := ""
	for _, rf := range ask.offered {
		rw := slices.Concat(ws[:r.at], rf.say(r), ws[r.end:])
		a := e.answer(joinWords(rw), nil)
		if !a.Answered || entry != "" && a.EntryID != entry || !e.speaksOfFragment(a, e.an.analyzeWords(rf.words, true)) {
			return nil, false
		}
		entry = a.EntryID
		if first == nil {
			first = rw
		}
	}
	tr.note("every reading is answered alike: " + joinWords(first))
	return first, true
}
