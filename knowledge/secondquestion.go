package knowledge

import "slices"

// A question joined by "and" or "or" to a clause before it that asks with
// a question word of its own ("What's the condition for the POWs to move
// to South Korea, and how would they get there?", "What did Zelensky say
// about the proposal, and has any POW applied?") is the second of two
// questions, not the question after a premise. Asked alone, its pronouns
// put for the first clause's names, it may be answered as the whole ("how
// would the POWs get to South Korea" by the collaborative approach), and
// the first question goes unanswered. So an entry found for it alone
// answers only when it names a word of meaning the first asks of (the
// control of Kursk, asked with whether the troops there are supervised,
// is answered by the entry saying both) and every name it asks of; else
// the message is read as two questions, in parts and in part, as one
// without its comma is. The report's sentences are never asked of it
// alone.

// secondQuestion reports whether question, cut after premise, opens with
// a word that joins it to a premise that itself asks (see asksFirst).
func secondQuestion(premise, question string) bool {
	ws := splitWords(question)
	return len(ws) > 1 && (ws[0] == "and" || ws[0] == "or") && asksFirst(premise)
}

// firstAsked returns what the first question, premise, asks of that the
// second does not ask of itself: its names, and its words of meaning;
// never nil.
func (e *Engine) firstAsked(premise string, second analysis) firstQuestion {
	f := firstQuestion{names: []string{}, words: []string{}}
	for _, t := range e.an.analyzeWords(sentenceWords(premise), true).terms {
		if slices.ContainsFunc(second.terms, func(o term) bool { return o.text == t.text }) {
			continue
		}
		switch t.kind {
		case KindEntity:
			f.names = append(f.names, t.text)
		case KindWord, KindAct, KindKey:
			f.words = append(f.words, t.text)
		}
	}
	return f
}

// A firstQuestion is what the first of two questions asks of that the
// second, read alone, does not.
type firstQuestion struct {
	names, words []string
}

// answersFirst reports whether the entry en, found for the reading at,
// speaks of the first of two questions, when at is the second read alone:
// it names every name the first asks of ("What did Zelensky say, and has
// any POW applied?" is not answered by the condition, which names no
// Zelensky) and a word of meaning of it, if it has any; true for any
// other reading.
func (e *Engine) answersFirst(en int, at analysis) bool {
	f := at.firstAsked
	if f.names == nil {
		return true
	}
	ie := &e.entries[en]
	return !slices.ContainsFunc(f.names, func(t string) bool { return !ie.names(t) }) &&
		(len(f.words) == 0 || slices.ContainsFunc(f.words, ie.names))
}
