package knowledge

import (
	"slices"
	"strings"
)

// A bare "since when?" after an answer that says "since" something asks
// since when of that clause: after "... its first active participation in
// such a war since the 1950s", it is "its first active participation in
// such a war since when", not the last question with "since when" put in
// ("since when is North Korea being in this war a big deal" read as when
// the troops were sent). The clause is read as a question of its own, and
// only if the last question spoke of what it says: after "so SK is gonna
// take in NK POWs? why tho", the same answer's war clause is not what
// "since when" asks of.

// sinceOfLast gives the words of the clause of entry en's answer that says
// "since", with "since when" for what it says since, if ws is a bare
// "since when", the answer has such a clause, and base, the last
// question, shares a term with it.
func (e *Engine) sinceOfLast(en int, ws, base []string) ([]string, bool) {
	if len(ws) != 2 || ws[0] != "since" || ws[1] != "when" {
		return nil, false
	}
	text := e.pack.Entries[en].Answer
	i := strings.Index(text, " since ")
	if i < 0 {
		return nil, false
	}
	start := strings.LastIndexAny(text[:i], ",;:") + 1
	clause := sentenceWords(text[start:i])
	if len(clause) == 0 {
		return nil, false
	}
	asked := e.an.analyzeWords(base, true).terms
	if !slices.ContainsFunc(e.an.analyzeWords(clause, true).terms, func(t term) bool {
		return t.kind != KindQuestion && slices.ContainsFunc(asked, func(u term) bool { return u.text == t.text })
	}) {
		return nil, false
	}
	return append(slices.Clip(clause), "since", "when"), true
}
