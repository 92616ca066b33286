package knowledge

// A question about the last answer may end with the asker's guess at its
// answer: "who's saying that, the americans?" after South Korea's Joint
// Chiefs of Staff said more troops may come. Its words run on without the
// comma ("saying that the americans"), which reads as a claim of its own
// about the Americans; and the question without the guess (guessafter.go)
// is asked alone, as no question about the last answer. So it is asked of
// the last answer without its guess: who says so answers it, and so
// corrects a wrong guess.

// guessOfLast answers a question about the last answer with a guess after
// it (see above), when it is one.
func (e *Engine) guessOfLast(c Conversation, q string, tr *trace) (Answer, Conversation, bool) {
	if c.entry == 0 {
		return Answer{}, c, false
	}
	head, ok := e.guessedAfter(q)
	if !ok {
		return Answer{}, c, false
	}
	hws := sentenceWords(head)
	if lastAnswerAsk(hws) == "" {
		return Answer{}, c, false
	}
	a, next, ok := e.aboutLastAnswer(c, hws, tr)
	if ok {
		tr.note("about the last answer, without the guess after it: " + head)
	}
	return a, next, ok
}
