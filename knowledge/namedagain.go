package knowledge

import "slices"

// "and russia?" after "how many North Korean troops went over to back
// Russia?" names nothing the last question does not already: it cannot
// take the place of one of its names (merge.go finds none of its kind to
// stand for), so it asks the same of Russia's side, which the question
// does not say; read alone, as the bare name, it would be answered with
// whatever the report says most of Russia, which is no answer to what
// was asked. It is declined.

// namedAgain reports whether ws, a fragment opened by "and" or "what
// about" that does not merge into the last question, names only
// countries or bodies that question already names.
func (e *Engine) namedAgain(c Conversation, ws []string, tr *trace) bool {
	if len(c.base) == 0 || len(ws) < 2 || !(ws[0] == "and" || len(ws) > 2 && (ws[0] == "what" || ws[0] == "how") && ws[1] == "about") {
		return false
	}
	f := tr.analyzeWords(e.an, ws, true, false)
	if len(f.unknown) > 0 || len(f.terms) == 0 || slices.ContainsFunc(f.terms, func(t term) bool { return t.kind != KindEntity || t.person }) {
		return false
	}
	lead := 1
	if ws[0] != "and" {
		lead = 2
	}
	for i := lead; i < len(ws); i++ {
		// the names and nothing else: not "and what do they do there?"
		if whWords[ws[i]] || questionStarts[ws[i]] || !stopWords[ws[i]] && !slices.ContainsFunc(f.terms, func(t term) bool { return t.pos <= i && i < t.end }) {
			return false
		}
	}
	base := tr.analyzeWords(e.an, c.base, true, false) // (often the reading seeded)
	for _, t := range f.terms {
		if !base.hasTerm(t.text) {
			return false
		}
	}
	return true
}
