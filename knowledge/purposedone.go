package knowledge

// An act may be asked as the means to a purpose the same doer's next act
// states ("Did the minister Cho assist to a summit in Kyiv to present his
// proposal?", "did Cho go to Kyiv to present it?"): an entry that tells the
// doer doing the purpose ("Cho presented the proposal on a phone call")
// answers it, correcting the means, though it speaks of no one doing the
// means asked; the act-spoken guard leaves it (purposeDone). The purpose
// is the first word-term after a "to" within six words after the act, not
// right after it ("willing to send" is no purpose), which the entry must
// say that doer (or the one it acts for) does.

// purposeDone reports whether the entry tells the doer of deed d doing
// the purpose written after its act ("... to present his proposal").
func (q *query) purposeDone(d queryDeed, ie *indexedEntry) bool {
	if d.at < 0 || d.at >= len(q.terms) {
		return false
	}
	i := d.at + 1
	for i < len(q.terms) && q.terms[i].text != d.act {
		i++
	}
	if i >= len(q.terms) {
		return false
	}
	act := q.terms[i]
	for _, t := range q.terms[i+1:] {
		if t.pos-act.end > 6 {
			return false
		}
		if t.kind != KindWord && t.kind != KindAct || t.pos-1 <= act.end || q.words[t.pos-1] != "to" {
			// (a "to" right after the act is its complement, not a
			// purpose: "willing to send", "agree to take")
			continue
		}
		doers := ie.doneBy[t.text]
		return t.text != d.act && (doers[d.doer] || doers[q.actsFor[d.doer]])
	}
	return false
}
