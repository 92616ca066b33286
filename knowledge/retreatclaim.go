package knowledge

import "strings"

// A claim put to check that turns back what an entry states ("Is North
// Korea pulling out?", "NK stopped sending troops, right?") is read, by
// the pack, as asking of the thing turned back (more troops), so the
// entry that states it answers; but that entry gives the opposite of the
// claim, not the claim. Its answer opens by saying so, rather than
// standing as if it answered what was asked. Only a retreat phrase the
// pack reads within a term of more than one word counts ("pulling out",
// "stop sending", listed in [claims] retreat): a lone "down" or "back" is
// too often something else ("shot down", "sent back").

// oppositeLead opens the answer to a claim its entry turns back.
const oppositeLead = "The report does not say so; it gives the opposite: "

// turnedBack returns a, opened with oppositeLead when the claim, of
// analysis an (which it reads and does not change), holds a retreat
// phrase read within one of its terms.
func (e *Engine) turnedBack(a Answer, an analysis) Answer {
	if !a.Answered || startsPolar(a.Text) || strings.HasPrefix(a.Text, oppositeLead) {
		return a
	}
	for _, t := range an.terms {
		if t.end-t.pos < 2 || t.end > len(an.words) {
			continue
		}
		if e.retreatPhrase(an.words, t) {
			a.Text = oppositeLead + a.Text
			return a
		}
	}
	return a
}
