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
	rest, fact, ok := concession(ws)
	if !ok || !fact || len(rest) > 6 || slices.ContainsFunc(rest, isQuestionWord) || c.entry == 0 || c.declined {
		return Answer{}, Conversation{}, false
	}
	en := c.entry - 1
	an := e.an.analyzeWords(rest, true)
	if !e.entries[en].about[despiteTerm] || !e.speaksOfAll(en, an) {
		tr.note("a concession put to the last answer, which does not concede it")
		return e.notOfIt(q), c, true
	}
	tr.note("a concession put to the last answer, which concedes it: yes")
	a := e.answerWith(e.newAnswer(q), en, 1)
	a.Text = "Yes. " + a.Text
	return a, e.remember(c, c.base, a), true
}

// concession splits a follow-up that opens conceding ("even though so many
// died?", "despite the losses?", "even if they don't want to go?") into
// what follows its opening and whether that opening concedes a fact
// ("even though", "even with", "even after", "despite", "in spite of"),
// which the last answer may hold in spite of, rather than "even" before
// anything else, which may only suppose one ("even if"). ok is false for
// a question that does not open conceding.
func concession(ws []string) (rest []string, fact, ok bool) {
	for len(ws) > 0 && (ws[0] == "and" || ws[0] == "but" || ws[0] == "so") {
		ws = ws[1:]
	}
	n := 0
	switch {
	case len(ws) > 2 && ws[0] == "even" && (ws[1] == "though" || ws[1] == "with" || ws[1] == "after"):
		n, fact = 2, true
	case len(ws) > 1 && ws[0] == "even":
		n = 1
	case len(ws) > 1 && ws[0] == "despite":
		n, fact = 1, true
	case len(ws) > 3 && ws[0] == "in" && ws[1] == "spite" && ws[2] == "of":
		n, fact = 3, true
	}
	return ws[n:], fact, n > 0
}

// speaksOfAll reports whether the entry speaks of every term the analysis
// names that says something, but for plain words no more than those it
// speaks of ("the losses they took" of "despite its substantial
// casualties"), and of at least one.
func (e *Engine) speaksOfAll(en int, an analysis) bool {
	n, missing := 0, 0
	for _, t := range an.terms {
		switch t.kind {
		case KindQuestion, KindFiller, KindFrame, KindAct:
			continue
		}
		if e.entries[en].bag[t.text] == 0 && e.entries[en].bag[lossWhole[t.text]] == 0 {
			if t.kind != KindWord {
				return false
			}
			missing++
			continue
		}
		n++
	}
	return n > 0 && missing <= n && len(an.unknown) == 0
}

// lossWhole names the whole a loss is part of: the dead and the injured
// are casualties, so an entry of "substantial casualties" speaks of them.
var lossWhole = map[string]string{"killed": "casualties", "injured": "casualties"}

// concedesOnly reports whether ws, the part of a message after a question,
// only concedes a fact to it ("whoa so the sk chiefs think nk might send
// more? even after all the losses?"): asked alone, it asks of the losses,
// and the figures answer what nobody asked.
func concedesOnly(ws []string) bool {
	rest, fact, ok := concession(ws)
	return ok && fact && len(rest) <= 6 && !slices.ContainsFunc(rest, isQuestionWord)
}
