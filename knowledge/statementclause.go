package knowledge

// statementAnswer returns the answer a statement before a question would
// get, whose entry the question may refer to ("... warned about North
// Korea sending more soldiers, I think it was the military but I can't
// remember which body. who was it in South Korea that said that?"): the
// statement's own, else that of its first clause, when the clauses after
// it are the asker's own ("I think ...", "I'm not sure ..."): read whole,
// their words sink what the first speaks of. A clause after it that says
// more of it ("..., which is a dreadful number") or of another ("He says
// they're in Ukraine, I said Russia") leaves the statement unanswered.
func (e *Engine) statementAnswer(s string) (Answer, bool) {
	if a := e.answer(s, nil); a.Answered {
		return a, true
	}
	clauses := splitClauses(s)
	if len(clauses) < 2 {
		return Answer{}, false
	}
	for _, c := range clauses[1:] {
		if ws := sentenceWords(c); len(ws) == 0 || !askerWords[ws[0]] {
			return Answer{}, false
		}
	}
	if a := e.answer(clauses[0], nil); a.Answered {
		return a, true
	}
	return Answer{}, false
}
