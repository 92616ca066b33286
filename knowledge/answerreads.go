package knowledge

// A claim put to check reads the answer of the entry that confirms it
// (confirmsRead): its words, its hedge (hedgedentry.go) and whether it holds
// on a condition. The answer is most often the entry's own, as it
// stands, which is read once when the engine is built (answerReadsOf);
// an answer changed for the question is read as it comes.

// answerRead is what confirmsRead reads of an entry's answer.
type answerRead struct {
	words       []string // sentenceWords of the answer, not to be changed
	hedge       string   // the first hedge outside its parentheses, or ""
	conditional bool     // (see conditional)
	an          analysis // the answer analysed as the answer path does, not to be changed
}

// answerReadsOf reads each entry's answer, with the pack's hedges and
// an, the engine's analyzer once it is whole (its story words set: the
// analyses answerRefs and answerFactsOf make earlier are not these).
func answerReadsOf(p *Pack, an *analyzer, hedges map[string]bool) []answerRead {
	out := make([]answerRead, len(p.Entries))
	for i, en := range p.Entries {
		r := &out[i]
		r.words = sentenceWords(en.Answer)
		r.conditional = anyCondition(r.words)
		r.hedge = firstHedge(hedges, en.Answer)
		r.an = an.analyze(en.Answer, false)
	}
	return out
}

// answerReadOf returns the reading of text, entry en's answer, when it is
// the answer as it stands.
func (e *Engine) answerReadOf(en int, text string) (*answerRead, bool) {
	if en < 0 || en >= len(e.answerReads) || text != e.pack.Entries[en].Answer {
		return nil, false
	}
	return &e.answerReads[en], true
}

// answerWordsOf is sentenceWords(text) for text, entry en's answer, to be
// read and not changed.
func (e *Engine) answerWordsOf(en int, text string) []string {
	if r, ok := e.answerReadOf(en, text); ok {
		return r.words
	}
	return sentenceWords(text)
}

// conditionalAnswer is conditional(text) for text, entry en's answer.
func (e *Engine) conditionalAnswer(en int, text string) bool {
	if r, ok := e.answerReadOf(en, text); ok {
		return r.conditional
	}
	return conditional(text)
}

// answerTerms returns the terms of entry en's answer as it stands,
// analysed once at load; to be read and not changed.
func (e *Engine) answerTerms(en int) []term {
	return e.answerReads[en].an.terms
}
