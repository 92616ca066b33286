package knowledge

import "slices"

// A request to hear the last answer again ("repeat that pls, more slow",
// "say that again?", "come again?") names nothing: it is answered with the
// last answer as it was given. Read as any question, "repeat" is the
// report's "reiterated" and the request would be answered with what Cho
// reiterated. After a question turned down, or with nothing before it,
// there is nothing to repeat, and it is declined.

// asksRepeat reports whether ws only asks to hear the last answer again.
func asksRepeat(ws []string) bool {
	for len(ws) > 0 && (movesOn[ws[0]] || repeatPolite[ws[0]]) {
		ws = ws[1:]
	}
	for len(ws) > 0 && (repeatTail[ws[len(ws)-1]] || repeatPolite[ws[len(ws)-1]]) {
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 {
		return false
	}
	switch {
	case ws[0] == "repeat" || ws[0] == "reread":
		if n := len(ws); n > 1 && ws[n-1] == "again" {
			ws = ws[:n-1] // "repeat that again"
		}
		// "repeat that", "repeat the answer", "repeat"
		return len(ws) == 1 || len(ws) == 2 && repeatWhat[ws[1]] || len(ws) == 3 && ws[1] == "the" && repeatWhat[ws[2]]
	case ws[0] == "say" && len(ws) == 3 && repeatWhat[ws[1]] && ws[2] == "again":
		// "say that again"
		return true
	case slices.Equal(ws, []string{"say", "again"}), slices.Equal(ws, []string{"come", "again"}):
		return true
	}
	return false
}

// repeatPolite are the words around a request to repeat that only ask
// politely: "can you repeat that please", "sorry, repeat that".
var repeatPolite = setOf("can", "could", "would", "will", "you", "u", "please", "pls", "plz", "plis", "sorry", "pardon", "me", "for")

// repeatTail are the words after a request to repeat that say only how,
// dropped from its end so that what is left is the bare request: "more
// slow", "slower", "slowly", "one more time", "once more", "a bit / a
// little slower". None names a thing, so no question of the report ends
// with them alone; "again" is not among them, as "say again" needs it.
var repeatTail = setOf("more", "slow", "slower", "slowly", "once", "one", "time", "bit", "a", "little")

// repeatWhat are what a request to repeat points at: the last answer.
var repeatWhat = setOf("that", "it", "this", "answer", "last", "number", "figure")

// repeatLast answers a request to repeat with the last answer; ok is false
// for any other question.
func (e *Engine) repeatLast(c Conversation, q string, ws []string, tr *trace) (Answer, Conversation, bool) {
	if !asksRepeat(ws) {
		return Answer{}, Conversation{}, false
	}
	if c.entry == 0 || c.declined {
		tr.note("asks to repeat the last answer, and there is none")
		return e.notOfIt(q), c, true
	}
	tr.note("asks to repeat the last answer")
	a := e.answerWith(e.newAnswer(q), c.entry-1, 1)
	return a, e.remember(c, c.base, a), true
}
