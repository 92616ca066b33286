package knowledge

import "slices"

// "even though so many died?" after "North Korea could deploy more
// troops" asks whether the last answer holds in spite of something: a
// concession put to it, not a new question of the thing conceded. Read as
// a fragment, it asks of the losses alone, and the figures answer what
// nobody asked. despiteLast answers it yes, with the last answer again,
// when the last answer itself concedes (the pack's "despite" term, as the
// after-event guard reads it) and its
// entry speaks of what the question concedes; otherwise the report does
// not say whether the answer holds in spite of it, and it is declined.
func (e *Engine) despiteLast(c Conversation, q string, ws []string, tr *trace) (Answer, Conversation, bool) {
	rest, ok := concession(ws)
	if !ok || c.entry == 0 || c.declined {
		return Answer{}, Conversation{}, false
	}
	en := c.entry - 1
	an := e.an.analyzeWords(rest, true)
	if len(an.unknown) > 0 || !e.entries[en].about[despiteTerm] || !e.speaksOfAllTerms(en, an) {
		tr.note("a concession put to the last answer, which does not concede it")
		return e.notOfIt(q), c, true
	}
	tr.note("a concession put to the last answer, which concedes it: yes")
	a := e.answerWith(e.newAnswer(q), en, 1)
	a.Text = "Yes. " + a.Text
	return a, e.remember(c, c.base, a), true
}

// concession returns what a short question concedes ("even though so many
// died", "despite the losses"), without its opening words; ok is false for
// any other question, or one that asks a question word of its own.
func concession(ws []string) ([]string, bool) {
	for len(ws) > 0 && (ws[0] == "and" || ws[0] == "but" || ws[0] == "so") {
		ws = ws[1:]
	}
	n := 0
	switch {
	case len(ws) > 2 && ws[0] == "even" && (ws[1] == "though" || ws[1] == "with" || ws[1] == "after"):
		n = 2
	case len(ws) > 1 && ws[0] == "despite":
		n = 1
	case len(ws) > 3 && ws[0] == "in" && ws[1] == "spite" && ws[2] == "of":
		n = 3
	}
	rest := ws[n:]
	if n == 0 || len(rest) > 6 || slices.ContainsFunc(rest, isQuestionWord) {
		return nil, false
	}
	return rest, true
}

// speaksOfAllTerms reports whether the entry speaks of every term the
// words name, and they name at least one.
func (e *Engine) speaksOfAllTerms(en int, an analysis) bool {
	n := 0
	for _, t := range an.terms {
		if t.kind == KindQuestion || t.kind == KindFrame || t.kind == KindAct {
			continue
		}
		if e.entries[en].bag[t.text] == 0 && e.entries[en].bag[lossWhole[t.text]] == 0 {
			return false
		}
		n++
	}
	return n > 0
}

// lossWhole names the whole a loss is part of: the dead and the injured
// are casualties, so an entry of "substantial casualties" speaks of them.
var lossWhole = map[string]string{"killed": "casualties", "injured": "casualties"}
