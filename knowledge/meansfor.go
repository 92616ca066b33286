package knowledge

import "slices"

// "What does that mean for the prisoners?" after what South Korea
// proposed asks what the last answer says of them: the answer that names
// them says what it means for them (they may move if they want to). Read
// as a question of its own, it finds the entry on what South Korea's
// readiness signifies, which is no answer to what the proposal means for
// the prisoners. So when the last answer speaks of all the question asks
// it for, it answers; else the question is read as any other.

// meaningWords say what a thing means or does for another.
var meaningWords = setOf("mean", "means", "meant", "signify", "signifies", "imply", "implies")

// meansForAt returns where the words after "that means for" begin in ws:
// a question asking what the thing referred back to means for them. It
// is -1 when ws asks no such thing.
func meansForAt(ws []string) int {
	for i := 0; i+3 < len(ws); i++ {
		if (ws[i] == "that" || ws[i] == "this") && meaningWords[ws[i+1]] && ws[i+2] == "for" {
			return i + 3
		}
	}
	return -1
}

// meansForLastAnswer answers from the last answer a question of what it
// means for things it speaks of, its other references read first ("what
// does that mean for their weapons?"). ok is false for any other question.
func (e *Engine) meansForLastAnswer(c Conversation, q string, ws []string, refs []reference, tr *trace) (Answer, Conversation, bool) {
	if c.entry == 0 || meansForAt(ws) < 0 || !slices.ContainsFunc(refs, func(r reference) bool { return r.want == "that" }) {
		return Answer{}, c, false
	}
	read := ws
	if rw, _, ok := e.resolve(c, ws, refs, tr); ok && rw != nil {
		read = rw
	}
	if !e.meansForLast(c.entry-1, read) {
		return Answer{}, c, false
	}
	tr.note("what the last answer means for what it speaks of")
	a := e.answerWith(e.newAnswer(q), c.entry-1, 1)
	return a, e.remember(c, c.base, a), true
}

// meansForLast reports whether ws asks what the last answer (of entry)
// means for things it speaks of: each name or word after "means for" is
// one the entry names, and there is one at least.
func (e *Engine) meansForLast(entry int, ws []string) bool {
	at := meansForAt(ws)
	if at < 0 || !slices.ContainsFunc(ws[:at], isQuestionWord) {
		return false
	}
	an := e.an.analyzeWords(ws[at:], true)
	if len(an.unknown) > 0 {
		return false
	}
	ie := &e.entries[entry]
	some := false
	for _, t := range an.terms {
		switch t.kind {
		case KindFiller, KindFrame:
			continue
		}
		if !ie.names(t.text) {
			return false
		}
		some = true
	}
	return some
}
