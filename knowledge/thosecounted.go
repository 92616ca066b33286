package knowledge

// thoseCounted: after "how many deaths by early February?", "and those
// were all in Kursk?" asks of the deaths counted, not of the troops the
// answer names. A bare "those" or "these" is the figure the last question
// asked for, when it counted a thing (a key word: killed, captured) and
// not people ("how many troops were sent?" "are those still there?" are
// the troops).
func (e *Engine) thoseCounted(c Conversation, r reference) []referent {
	if r.want != "they" || r.end != r.at+1 || r.word != "those" && r.word != "these" || len(c.base) < 3 {
		return nil
	}
	if !asksCount(c.base) {
		return nil // cheap first: the last question said "how many" or "how much"
	}
	ts := e.an.analyzeWords(c.base, true).terms
	for i, t := range ts {
		if t.kind != KindQuestion || t.text != howMany || i+1 >= len(ts) {
			continue
		}
		if countsKey(ts[i+1:], t.end) {
			fig := pickNearest(c.refs, figureTiers[0])
			if len(fig) == 1 && fig[0].entry == c.entry {
				return fig
			}
		}
	}
	return nil
}

// countsKey says the terms right after "how many" (the first at word at)
// are a key word, with only names between: "how many nk deaths" counts
// deaths as "how many deaths" does, the name saying whose.
func countsKey(ts []term, at int) bool {
	for _, t := range ts {
		switch {
		case t.pos != at:
			return false
		case t.kind == KindEntity:
			at = t.end
		default:
			return t.kind == KindKey
		}
	}
	return false
}
