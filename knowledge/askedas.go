package knowledge

// askedAs answers question by another reading of it, asked (the question
// without its chatter, its remarks, its guess, the asker's asides, or the
// one request a message reports), noting how in the trace. The answer is
// the question's own, and marked as found by a rereading; a reading that
// is not answered gives none, and the caller goes on as if it had not
// been tried.
func (e *Engine) askedAs(question, asked, how string, tr *trace) (Answer, bool) {
	if d, lost := e.timeLost(question, asked); lost {
		tr.note(how + ", not asked so: it drops the time asked of, " + d)
		return Answer{}, false
	}
	tr.note(how + ": " + asked)
	a := e.answer(asked, tr)
	if !a.Answered {
		tr.note("not answered so: read as it was")
		return Answer{}, false
	}
	a.Question, a.reread = question, true
	return a, true
}
