package knowledge

// "the foreign minister is Cho Tae-yul right? what is his proposal
// exactly": a first message read whole may be answered by what its first
// sentence checks (who Cho is), when its last asks another thing. Then it
// is read sentence by sentence, and each question gets its answer.

// premiseOnly reports whether a, the answer of message m read whole, is
// what m's first question alone asks, while its last question, alone, is
// answered by another entry.
func (e *Engine) premiseOnly(a Answer, m messageSentences) bool {
	if len(m.questions) < 2 || !checksClaim(m.qwords[0]) {
		return false
	}
	first := e.answer(m.questions[0], &trace{quiet: true})
	last := e.answer(m.questions[len(m.questions)-1], &trace{quiet: true})
	return first.Answered && first.EntryID == a.EntryID && last.Answered && e.curated(last) && last.EntryID != a.EntryID
}
