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
