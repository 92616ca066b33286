package knowledge

import (
	"slices"
	"strings"
)

// kindNotGiven returns the words of the question word of ws ("why",
// "where") that asks what the entry does not give, the kind-of-answer
// guard's reading: "why do they think that?" after an answer that gives no
// reason is not answered by that answer again. "who" is left to the
// guards, which know when an entry says who without being asked it, and a
// degree ("how big") to the entry's figures. nil when there is none.
func (e *Engine) kindNotGiven(entry int, ws []string) []string {
	an := e.an.analyzeWords(ws, true)
	for _, t := range an.terms {
		if t.kind == KindQuestion && t.text != "who" && t.text != measureTerm && !e.entries[entry].names(t.text) {
			return ws[t.pos:t.end]
		}
	}
	return nil
}

// ofKindElsewhere answers the last question asked with the question word
// kind in place of its own ("why?" of what the last answer said) when an
// entry other than the last one answers it, and declines q otherwise: the
// last answer does not say it.
func (e *Engine) ofKindElsewhere(c Conversation, q string, kind []string, tr *trace) (Answer, Conversation) {
	last := e.pack.Entries[c.entry-1].ID
	if merged, ok := e.mergeInto(c.base, slices.Clone(kind), true, tr); ok {
		tr.note("asks " + strings.Join(kind, " ") + ", which the last answer does not say: " + strings.Join(merged, " "))
		if a, next := e.answerWords(c, merged, tr); a.Answered && a.EntryID != last {
			return a, next
		}
	}
	tr.note("asks " + strings.Join(kind, " ") + " of the last answer, which it does not say: declined")
	return e.notOfIt(q), c
}
