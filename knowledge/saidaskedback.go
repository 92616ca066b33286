package knowledge

import (
	"slices"
	"strings"
)

// A question asked back because it asks only what was said, of a "he"
// that may be either of two people ("who's cho tae-yul?" "and budanov?"
// "what did he say?"), offers to click what each of them said, not who
// each is: the question asked of each in the pronoun's place ("what did
// Kyrylo Budanov say?") and the entry that answers it.

// saidOffered returns, when p asks only what was said (saysAlone), the
// entry answering its question of each person it offers, in order; for
// one no entry answers, the entry naming them. It returns false when p
// asks more than what was said.
func (e *Engine) saidOffered(p pending) ([]int, bool) {
	if !e.saysAlone(p.words, p.ref) {
		return nil, false
	}
	var out []int
	for _, rf := range p.offered {
		ws := slices.Concat(p.words[:p.ref.at], rf.say(p.ref), p.words[p.ref.end:])
		i := -1
		if a := e.Answer(strings.Join(ws, " ")); a.Answered {
			i = e.byID[a.EntryID]
		} else {
			i = e.entryNaming(rf.concept)
		}
		if i >= 0 && !slices.Contains(out, i) {
			out = append(out, i)
		}
	}
	return out, true
}
