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
// say how to answer, not what (see asksTersely).
func (e *Engine) beforeRemarks(question string, tr *trace) (Answer, bool) {
	if i := strings.IndexAny(question, "?."); i < 0 || strings.TrimLeft(question[i:], "?!. \t") == "" {
		return Answer{}, false // nothing after a mark: no remark (and nothing to allocate)
	}
	sents := splitMessage(question)
	k := lastAsked(sents)
	for k > 0 && taggedRemark(sents[k]) {
		k-- // the asker's own remark with a tag (remarktag.go)
		for k >= 0 && !isQuestion(sents[k], sentenceWords(sents[k])) {
			k--
		}
	}
	if k < 0 {
		k = lastAskedAfterTopic(sents)
	}
	if k < 0 || k+1 >= len(sents) {
		return Answer{}, false
	}
	marked := strings.HasSuffix(strings.TrimSpace(sents[k]), "?")
	terse := !marked && asksTersely(sents[k])
	for _, s := range sents[k+1:] {
		ws := sentenceWords(s)
		if slices.ContainsFunc(ws, isQuestionWord) || !marked && !(terse && terseRemark(ws)) || exactRemark(ws) {
			return Answer{}, false
		}
	}
	asked := strings.Join(sents[:k+1], " ")
	return e.askedAs(question, asked, "asked without the remarks after it", tr)
}

// asksTersely reports whether q, a question sentence that ends with a
// full stop, asks as a terse asker does: it opens with a question word,
// past a topic before a colon ("KN-23: what changed.").
func asksTersely(q string) bool {
	qws := sentenceWords(afterTopic(q))
	return len(qws) > 1 && opensQuestion(qws)
}

// terseRemark reports whether ws, a sentence after a terse question (see
// asksTersely), is a directive of how to answer it ("Short pls.",
// "Name.", "Region only."): of three words at most.
func terseRemark(ws []string) bool {
	return len(ws) > 0 && len(ws) <= 3
}

// afterTopic returns s past a topic set before a colon ("KN-23: what
// changed" is " what changed"); s itself when it sets none.
func afterTopic(s string) string {
	if i := strings.LastIndexByte(s, ':'); i >= 0 {
		return s[i+1:]
	}
	return s
}

// lastAskedAfterTopic returns the last of sentences that asks after a
// topic set before a colon ("KN-23: what changed."), or -1.
func lastAskedAfterTopic(sentences []string) int {
	for k := len(sentences) - 1; k >= 0; k-- {
		if strings.IndexByte(sentences[k], ':') < 0 {
			continue
		}
		if rest := afterTopic(sentences[k]); isQuestion(rest, sentenceWords(rest)) {
			return k
		}
	}
	return -1
}
