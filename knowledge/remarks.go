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
// since when lmao" asks its last sentence too. A terse asker's question
// ends with a full stop, and so do the short directives after it ("KN-23:
// what changed. Short pls.", "Who offered to take NK POWs. Name."): they
// say how to answer, not what (see terseRemark).
func (e *Engine) beforeRemarks(question string, tr *trace) (Answer, bool) {
	if i := strings.IndexAny(question, "?."); i < 0 || strings.TrimLeft(question[i:], "?!. \t") == "" {
		return Answer{}, false // nothing after a mark: no remark (and nothing to allocate)
	}
	sents := splitMessage(question)
	k := lastAsked(sents)
	if k < 0 {
		k = lastAskedAfterTopic(sents)
	}
	if k < 0 || k+1 >= len(sents) {
		return Answer{}, false
	}
	marked := strings.HasSuffix(strings.TrimSpace(sents[k]), "?")
	for _, s := range sents[k+1:] {
		ws := sentenceWords(s)
		if slices.ContainsFunc(ws, isQuestionWord) || !marked && !terseRemark(sents[k], ws) {
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

// terseRemark reports whether ws, a sentence after the question sentence
// q that ends with a full stop, is a terse directive of how to answer it
// ("Short pls.", "Name.", "Region only."): of three words at most, after
// a question that opens with a question word, past a topic before a colon
// ("KN-23: what changed.").
func terseRemark(q string, ws []string) bool {
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	if i := strings.LastIndexByte(q, ':'); i >= 0 {
		q = q[i+1:]
	}
	qws := sentenceWords(q)
	return len(qws) > 1 && opensQuestion(qws)
}

// lastAskedAfterTopic returns the last of sentences that asks after a
// topic set before a colon ("KN-23: what changed."), or -1.
func lastAskedAfterTopic(sentences []string) int {
	for k := len(sentences) - 1; k >= 0; k-- {
		if i := strings.LastIndexByte(sentences[k], ':'); i >= 0 {
			if rest := sentences[k][i+1:]; isQuestion(rest, sentenceWords(rest)) {
				return k
			}
		}
	}
	return -1
}
