package knowledge

import "slices"

// theOneAnswered keeps, of several groups the last question named for a
// "they" to mean, the one its answer was about, when the answer names
// exactly one of them: "my son is in the Ukrainian army and I keep reading
// about North Korean soldiers. Where are they fighting?" is answered of
// the North Korean troops, so "how many of them have been killed?" is of
// them too, as the question's own subject, not asked back. When the answer
// names both, or neither, or the last question went unanswered, the
// candidates stay as they are (and are asked back).
func (e *Engine) theOneAnswered(c Conversation, cands []referent) []referent {
	if len(cands) < 2 || c.entry <= 0 || c.declined || len(c.refs) == 0 || c.refs[0].turn%2 != 1 {
		return cands
	}
	last := c.refs[0].turn
	if slices.ContainsFunc(cands, func(rf referent) bool { return rf.turn != last }) {
		return cands
	}
	named := slices.Clone(e.answerRefs[c.entry-1])
	for _, w := range c.with {
		named = append(named, e.answerRefs[w]...)
	}
	kept := slices.DeleteFunc(slices.Clone(cands), func(rf referent) bool {
		return !slices.ContainsFunc(named, func(n referent) bool { return n.concept != "" && n.concept == rf.concept })
	})
	if len(kept) != 1 {
		return cands
	}
	return kept
}
