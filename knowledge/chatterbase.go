package knowledge

import "slices"

// withoutChatter returns the words of question q, ws, without a premise
// that says nothing of the report ("Quick-fire round prep!!! Name of
// Ukraine's defence intelligence chief?"): kept as the last question, its
// words would be merged into every fragment after it ("and South Korea's
// foreign minister?"), where they weigh as much as the question's own.
// A premise with a name, an office, a measure or an act in it may be what
// the question is asked of ("When South Korea and Ukraine hold these
// talks, what do they focus on?"), and stays.
func (e *Engine) withoutChatter(q string, ws []string) []string {
	_, proper, ok := afterPremise(q)
	if !ok {
		return ws
	}
	pw := sentenceWords(proper)
	if len(pw) == 0 || len(pw) >= len(ws) || !slices.Equal(ws[len(ws)-len(pw):], pw) {
		return ws
	}
	if slices.ContainsFunc(e.an.analyzeWords(ws[:len(ws)-len(pw)], true).terms, func(t term) bool {
		return t.kind != KindWord && t.kind != "" && t.kind != KindFiller && t.kind != KindFrame
	}) || !e.an.analyzeWords(pw, true).enough() {
		return ws
	}
	return ws[len(ws)-len(pw):]
}
