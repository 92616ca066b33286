package knowledge

import (
	"slices"
	"strings"
)

// A reader may say who they are before asking, in words the report also
// uses: "My late father fought in Korea, so this story caught my eye. The
// article says North Korea has not been in a war like this in a long
// time. Since when, exactly?". Read with the question, the aside's words
// ("fought", "caught", "Korea") sink it, or point at other entries. So a
// message the whole of which is not answered is asked again without the
// statements before its question that speak of the asker ("my ...", "I
// ...") and name none of the report's people, countries or bodies, nor a
// role: what is left, its premise and its question, is read whole. A
// statement of the asker that names one ("My neighbour says it was North
// Korea that offered ...") is a claim the question is about, and stays.

// A lead-in before a colon that speaks of the asker ("Quick fact check
// before I go on air: ...", "For my history class: ...") and names none of
// the report's people, countries or bodies, nor a role, is such an aside
// too: its words ("go", "air") would sink the question after it.

// asideOpenings open a statement of the asker about themselves.
var asideOpenings = setOf("my", "i", "i'm", "im", "i've", "ive")

// answerPastAsides answers question without its opening statements about
// the asker (see above), when it has some and the rest answers.
func (e *Engine) answerPastAsides(question string, tr *trace) (Answer, bool) {
	if !strings.ContainsAny(question, ".!:\n") {
		if rest, ok := e.pastPurposeLeadIn(question); ok {
			// "so for my poli sci seminar, whats the deal w seoul ..."
			// (purposeleadin.go)
			return e.askedAs(question, rest, "asked without the asker's lead-in before it", tr)
		}
		return Answer{}, false // one sentence: no statement before a question
	}
	sents := splitMessage(question)
	k := 0
	for k < len(sents)-1 && e.personalAside(sents[k]) {
		k++
	}
	if k == len(sents) {
		return Answer{}, false
	}
	if i := strings.IndexByte(sents[k], ':'); i > 0 && e.asidesBeforeColon(sents[k][:i]) {
		// "Quick fact check before I go on air: North Korea sent
		// troops last year, correct?"
		sents[k] = sents[k][i+1:]
	} else if k == 0 {
		return Answer{}, false
	}
	rest := strings.Join(sents[k:], " ")
	return e.askedAs(question, rest, "asked without the asker's asides before it", tr)
}

// personalAside reports whether sentence s is a statement of the asker
// about themselves that names none of the report's entities nor a role.
func (e *Engine) personalAside(s string) bool {
	if strings.HasSuffix(strings.TrimSpace(s), "?") {
		return false
	}
	ws := sentenceWords(s)
	if len(ws) == 0 || !asideOpenings[ws[0]] {
		return false
	}
	return !e.namesReportThing(ws)
}

// askersOwn speak of the asker.
var askersOwn = setOf("i", "i'm", "im", "i've", "ive", "my", "me", "we", "our", "us")

// asidesBeforeColon reports whether s, the words before a colon, is an
// aside of the asker (see above): it speaks of them and names none of the
// report's entities nor a role.
func (e *Engine) asidesBeforeColon(s string) bool {
	ws := sentenceWords(s)
	if !slices.ContainsFunc(ws, func(w string) bool { return askersOwn[w] }) {
		return false
	}
	return !e.namesReportThing(ws)
}

// namesReportThing reports whether the words ws name one of the report's
// people, countries or bodies, or a role: whether an aside or reason of
// the asker in them is part of what is asked.
func (e *Engine) namesReportThing(ws []string) bool {
	an := e.an.analyzeWords(ws, true)
	return slices.ContainsFunc(an.terms, func(t term) bool { return t.kind == KindEntity || t.kind == KindRole })
}
