package knowledge

import (
	"slices"
	"strings"
)

// beforeRemarks answers a question followed by remarks, sentences after
// the last that asks ("which side are the NK troops fighting for? some
// people on here insist they're just 'volunteers' lol"), from the question
// without them, when that answers: the remarks say what the asker thinks,
// and their words, read with the question, can find another entry (the
// volunteers read as the prisoners' wish). When the question alone is
// not answered, the message is read whole, its remarks too, as before.
// Only a question marked as one has remarks after it, and only sentences
// without a question word are remarks: "nk actually in a war?? first time
// since when lmao" asks its last sentence too.
func (e *Engine) beforeRemarks(question string, tr *trace) (Answer, bool) {
	if i := strings.IndexByte(question, '?'); i < 0 || strings.TrimLeft(question[i:], "?!. \t") == "" {
		return Answer{}, false // nothing after a mark: no remark (and nothing to allocate)
	}
	sents := splitMessage(question)
	k := lastAsked(sents)
	if k < 0 || k+1 >= len(sents) || !strings.HasSuffix(strings.TrimSpace(sents[k]), "?") {
		return Answer{}, false
	}
	for _, s := range sents[k+1:] {
		if slices.ContainsFunc(sentenceWords(s), isQuestionWord) {
			return Answer{}, false
		}
	}
	asked := strings.Join(sents[:k+1], " ")
	tr.note("asked without the remarks after it: " + asked)
	a := e.answer(asked, tr)
	if !a.Answered {
		tr.note("not answered without the remarks: read whole")
		return Answer{}, false
	}
	a.Question = question
	return a, true
}
