package knowledge

import "slices"

// "Belarus. How many did it send?" as a first message: read whole, it is
// declined, as the report never speaks of Belarus; read sentence by
// sentence, "how many did it send?" finds nothing before it to be of and
// is answered with North Korea's count, which is no answer to what was
// asked. A pronoun after a name the report lacks is that name: the
// whole reading's decline stands.

// pronounOfUnspoken reports whether a sentence of message names only
// entities the report never speaks of (see namesUnspoken), and a later
// one, with no name of its own and none the report speaks of between,
// refers back by a pronoun: "the NK troops are in donetsk. where are
// they?" refers to the troops.
func (e *Engine) pronounOfUnspoken(message string, tr *trace) bool {
	var buf [4]string
	unspoken := false
	for _, s := range appendSentences(buf[:0], message) {
		ws := tr.sentenceWords(s, true)
		an := tr.analyzeWords(e.an, ws, true, false)
		named := slices.ContainsFunc(an.terms, func(t term) bool { return t.kind == KindEntity })
		if named {
			unspoken = !slices.ContainsFunc(an.terms, func(t term) bool {
				return t.kind == KindEntity && !e.namesUnspoken([]term{t})
			})
			continue
		}
		if unspoken && slices.ContainsFunc(ws, func(w string) bool { return subjectPronouns[w] }) {
			return true
		}
	}
	return false
}
