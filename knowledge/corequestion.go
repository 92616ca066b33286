package knowledge

import (
	"slices"
	"strings"
)

// answerCore answers the core of a question (see core), the question
// without the chatter around it, as a question of its own, when nothing
// answered the question as it stands nor any reading of it: "sry late to
// this, been scrolling for like 20 min, who is cho tae yul and why is
// everyone talking abt him lol" is then "who is cho tae yul and why is
// everyone talking about him", which is answered in part. The core
// reading among the others (see answer) is one set of terms, asked once;
// asked as a question, the core is read in every way a question is: in
// parts, without its frame, in part. coreText is the core's words, or ""
// when the question has no chatter; the core is shorter than the
// question, so its own core, if any, is shorter still.
func (e *Engine) answerCore(question, coreText string, tr *trace) (Answer, bool) {
	if coreText == "" || len(coreText) >= len(question) {
		return Answer{}, false
	}
	if dropsExactness(question, coreText) {
		// "how many troops has NK sent, exact number please?": the
		// count alone would be answered by "thousands", which the
		// asker said would not do
		tr.note("not asked without the chatter: it drops the exactness asked for")
		return Answer{}, false
	}
	if dropsAlternative(question, coreText) {
		// "... how they are being cared for medically, or in which
		// hospitals they are lying": the second question is asked too,
		// and the first alone, read loosely, would answer for both
		tr.note("not asked without the chatter: it drops a question joined to it by \"or\"")
		return Answer{}, false
	}
	if kw, ok := e.knownAsked(sentenceWords(coreText)); ok {
		// "Our listeners always ask 'how do they know?'. Is it
		// confirmed that ...?": who says it, as the core alone would
		// be read in a turn (knownasked.go)
		coreText = joinWords(kw)
	}
	return e.askedAs(question, coreText, "asked as a question of its own, without the chatter around it", tr)
}

// dropsAlternative reports whether the words of question after its core
// open with "or" (or "and") and a question word within the next two words:
// a question of its own joined to the core, which is no chatter.
func dropsAlternative(question, coreText string) bool {
	ws, core := sentenceWords(strings.ToLower(question)), sentenceWords(coreText)
	if len(core) == 0 {
		return false
	}
	for i := range ws {
		if i+len(core) > len(ws) || !slices.Equal(ws[i:i+len(core)], core) {
			continue
		}
		rest := ws[i+len(core):]
		if len(rest) < 2 || rest[0] != "or" && rest[0] != "and" {
			return false
		}
		return slices.ContainsFunc(rest[1:min(len(rest), 4)], func(w string) bool { return whWords[w] || w == "whether" })
	}
	return false
}

// dropsExactness reports whether the core of a question asks a count
// and leaves out the word of the chatter around it that asks the count
// to be exact ("..., exact number please?"): the core would ask less
// than the question does.
func dropsExactness(question, coreText string) bool {
	if !strings.Contains(coreText, "how m") {
		return false // (bytes first: most cores ask no count)
	}
	core := sentenceWords(coreText)
	if !slices.ContainsFunc(core, func(w string) bool { return w == "many" || w == "much" }) || slices.ContainsFunc(core, func(w string) bool { return exactWords[w] }) {
		return false
	}
	return slices.ContainsFunc(sentenceWords(strings.ToLower(question)), func(w string) bool { return exactWords[w] })
}
