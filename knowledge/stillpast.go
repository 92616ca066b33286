package knowledge

import "slices"

// "So they're still fighting?", "are they currently fighting?" ask
// whether a thing holds now. An entry whose answer dates what it tells to
// the past ("sent ... last year") and none of whose quotes speak of the
// present is a poor answer to it, however many of its words it shares:
// when another entry ranked after it answers too and quotes the report's
// present ("Currently, these troops ... engage in combat"), that one
// answers. With no such entry the first stands ("are NK troops still
// fighting alongside Russian forces?" is what they were sent to do).
// Whether a person still holds a role is stillRoleGuard's.

// presentFirst returns c, the best candidate no guard turns down, or,
// when q asks whether a thing still holds and c tells only of the past,
// the first of the candidates after it that no guard turns down, that
// quotes the present. The guards include the score threshold, so an
// entry that merely says "Currently" but would not answer on its own
// score does not displace a good one (TestPresentFirstFloor).
func (e *Engine) presentFirst(q *query, after []candidate, c candidate, tr *trace) candidate {
	if !e.entries[c.entry].pastOnly || !asksStill(q.words) && !slices.Contains(q.words, "currently") {
		return c
	}
	for i := range after {
		n := &after[i]
		ie := &e.entries[n.entry]
		if !ie.present || ie.sentence != nil {
			continue
		}
		if g, _ := q.check(n, ie); g == nil {
			tr.note("asks whether it still holds: " + e.pack.Entries[n.entry].ID + " tells of the present, " + e.pack.Entries[c.entry].ID + " only of the past")
			return *n
		}
	}
	return c
}

// learnPast notes, of one of an entry's texts, whether its answer dates
// what it tells to the past ("last year", "years ago") and whether a
// quote speaks of the present (a word of present, the pack's [usage]
// present: "currently", "now", "ongoing"). pastOnly,
// the first without the second, is set once all texts are learnt
// (Engine.index), so it does not hang on the order they come in.
func (f *entryFacts) learnPast(ws []string, k textKind, present map[string]bool) {
	switch k {
	case answerText:
		for i, w := range ws {
			if w == "ago" || w == "last" && i+1 < len(ws) && (ws[i+1] == "year" || ws[i+1] == "month" || ws[i+1] == "week") {
				f.past = true
			}
		}
	case quoteText:
		f.present = f.present || slices.ContainsFunc(ws, func(w string) bool { return present[w] })
	}
}
