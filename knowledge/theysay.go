package knowledge

import "slices"

// "They" as the one who says ("how many do they say were sent") is of
// those the report has say anything: not a country it never has speak
// ("and north korea admits it?" names North Korea, which says nothing),
// and, where one answer named several as saying the same thing ("Kyiv and
// its allies, the United States and South Korea, say"), the first named,
// whom the rest restate; asking back which of them is asking what makes
// no difference to the answer.

// theySay narrows cands, what a "they" that says may be, to those the
// report has say anything, and those named by one answer to the first of
// them; cands as they are if none says anything.
func (e *Engine) theySay(cands []referent) []referent {
	if speakers := slices.DeleteFunc(slices.Clone(cands), func(rf referent) bool { return !e.speaks(rf) }); len(speakers) > 0 {
		cands = speakers
	}
	if !slices.ContainsFunc(cands, func(rf referent) bool { return rf.turn != cands[0].turn || rf.turn%2 == 1 }) {
		// all named by one answer (an answer's turn is even): the first
		return cands[:1]
	}
	return cands
}

// saysBefore reports whether the reference r is the subject of a way of
// saying ("they say", "they claim"; see speechActs).
func (e *Engine) saysBefore(ws []string, r reference) bool {
	if r.end >= len(ws) {
		return false
	}
	ts := e.an.analyzeWords(ws[r.end:r.end+1], true).terms
	return len(ts) == 1 && slices.Contains(speechActs, ts[0].text)
}

// speaks reports whether the report has the referent, or one of those it
// lists, say anything.
func (e *Engine) speaks(rf referent) bool {
	if e.everSays(rf.concept) {
		return true
	}
	return slices.ContainsFunc(e.an.analyzeWords(rf.words, true).terms, func(t term) bool { return t.kind == KindEntity && e.everSays(t.text) })
}

// everSays reports whether any entry's answer has the referent named by
// concept say anything: e.stated, built at load, holds every entry's
// doers, so no entry is read per question.
func (e *Engine) everSays(concept string) bool {
	return slices.ContainsFunc(speechActs, func(a string) bool { return e.stated[a][concept] })
}
