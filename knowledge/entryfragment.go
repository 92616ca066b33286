package knowledge

import (
	"slices"
	"strings"
)

// A fragment merged into the last question is sometimes not answered
// although the last question was: its words carried a premise or chatter
// that the answer left out ("for my history essay: when was the last time
// north korea fought in a war before this one?" is answered without its
// premise), and with the fragment in them they say too much ("how long
// ago"). The entry that answered it has a question of its own, which says
// just what was answered: the fragment is merged into that instead.

// fragmentOfEntry answers the fragment fws, read as f, merged into the
// question of the entry that answered the last question. ok is false when
// the last question was not itself answered (a fragment after a turn
// declined is of that turn, not of an answer before it), when the fragment
// names an entity (a name in place of the entry's asks what nobody asked
// of it), or asks the figure exact ("how many exactly?": the entry's own
// question would be answered with what is not exact).
func (e *Engine) fragmentOfEntry(c Conversation, f analysis, fws []string, tr *trace) (Answer, Conversation, bool) {
	if c.entry == 0 || !slices.Equal(c.answered, c.base) ||
		slices.ContainsFunc(f.terms, func(t term) bool { return t.kind == KindEntity }) ||
		slices.ContainsFunc(fws, func(w string) bool { return exactWords[w] }) {
		return Answer{}, c, false
	}
	merged, ok := e.mergeInto(sentenceWords(e.pack.Entries[c.entry-1].Question), fws, false, tr)
	if !ok {
		return Answer{}, c, false
	}
	tr.note("a fragment of the question the last answer answers: " + strings.Join(merged, " "))
	a, next := e.answerWords(c, merged, tr)
	return a, next, a.Answered
}
