package knowledge

import "slices"

// A follow-up that asks how many are still somewhere, or still do
// something ("how many are still there now?"), asks the present state of
// a count. An answer the report gives of the past (how many were sent last
// year) is no answer to it, unless what it quotes says it is so now
// ("Currently, these troops ..."): then it is declined.

// turnNow is turn, with a count asked of the present answered only from
// quotes that speak of the present.
func (e *Engine) turnNow(c Conversation, q string, ws []string, tr *trace) (Answer, Conversation) {
	if rw, ok := stillThere(ws); ok && c.entry > 0 {
		// "are these guys still there?": what they are doing there now,
		// which the report tells in the present ("Currently, these
		// troops ..."), not how they came there
		tr.note("asks whether they are still there: what they are doing there, " + joinWords(rw))
		ws = rw
	}
	a, next := e.turn(c, q, ws, tr)
	if a.Answered && (c.entry > 0 || len(c.base) > 0) && asksCountStill(ws) && !quotesPresent(a) {
		tr.note("asks how many still are, and the answer quotes nothing of now: declined")
		return e.notOfIt(q), c
	}
	return a, next
}

// asksCountStill reports whether ws asks how many still are: "how many",
// or "number", with "still" or "remain".
func asksCountStill(ws []string) bool {
	still := slices.ContainsFunc(ws, func(w string) bool { return w == "still" || w == "remain" || w == "remaining" })
	count := slices.Contains(ws, "number") || slices.ContainsFunc(ws, func(w string) bool { return w == "many" || w == "much" }) && slices.Contains(ws, "how")
	return still && count
}

// quotesPresent reports whether a quote of the answer says "currently" or
// "now": the report's own words for the present.
func quotesPresent(a Answer) bool {
	for _, ci := range a.Citations {
		if slices.ContainsFunc(splitWords(ci.Quote), func(w string) bool { return w == "currently" || w == "now" }) {
			return true
		}
	}
	return false
}

// stillThere reads "are they still there?", "so they're still there?",
// "and are these guys still in kursk?" as "what are they doing there?": ok is false for any other
// question.
func stillThere(ws []string) ([]string, bool) {
	for len(ws) > 0 && movesOn[ws[0]] {
		ws = ws[1:]
	}
	if len(ws) > 1 && (ws[0] == "they" || ws[0] == "these" || ws[0] == "those") && ws[1] == "still" {
		// "so they're still there?", its "'re" lost in the words: "are
		// they still there?"
		ws = slices.Concat([]string{"are"}, ws)
	}
	if len(ws) < 4 || ws[0] != "are" && ws[0] != "is" {
		return nil, false
	}
	k := slices.Index(ws, "still")
	if k < 2 || k > 4 || k+1 >= len(ws) || len(ws)-k > 5 || ws[k+1] != "there" && ws[k+1] != "in" {
		return nil, false
	}
	return slices.Concat([]string{"what", ws[0]}, ws[1:k], []string{"doing"}, ws[k+1:]), true
}
