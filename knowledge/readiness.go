package knowledge

// readinessFor reports whether the act of the query's deed d is only a
// readiness for another act the question names right after it, behind
// "to" ("Seoul willing to take the POWs", "ready to accept"): the act asked
// of is the one after "to", which the guards check as any other term, and
// an entry need not speak of anyone being ready ("Under what condition is
// Seoul willing to take the POWs?" is answered by the condition of
// accepting them). Asked yes or no, or with no question word, the
// readiness is itself what is asked, and the entry must speak of it; and
// only an entry that speaks of an act as offered or possible (see
// learnOffered) answers what one is ready to do.
func (q *query) readinessFor(d queryDeed, ie *indexedEntry) bool {
	if len(ie.offered) == 0 {
		return false // an entry of what was done, not of what would be, does not answer what one is ready to do: "How many troops is North Korea willing to send?"
	}
	if d.at < 0 {
		return false // no doer, so no act written after it
	}
	if aux, ok := opensAuxiliary(q.words); !ok || aux {
		return false // asked yes or no, the readiness is what is asked: "Is North Korea willing to send more troops?"
	}
	i := d.at + 1 // (d.at is its doer; its act is the first term after it so written)
	for i < len(q.terms) && q.terms[i].text != d.act {
		i++
	}
	if i+1 >= len(q.terms) {
		return false
	}
	t, next := q.terms[i], q.terms[i+1]
	if t.end >= len(q.words) || q.words[t.end] != "to" || next.pos != t.end+1 || next.kind != KindWord && next.kind != KindAct {
		return false
	}
	for _, w := range q.words[t.pos:t.end] {
		if offers[w] {
			return true
		}
	}
	return false
}
