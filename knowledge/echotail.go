package knowledge

import "slices"

// After a claim, a question asking again whether it was one the claim
// names ("A regular at my pub swears the American Joint Chiefs of Staff
// warned that North Korea might send more soldiers. Was it actually the
// Americans?") asks whether the claim is true, as "true?" does: its name
// is the claim's own, and the detail it doubts. Read with the claim as a
// question of its own, it was asked of the report's sentences and
// answered by one that names the Americans as Kyiv's allies, of another
// thing.

// echoTail reports whether ws, the last piece of a message, is "was it
// (actually, really) X?" where every term of X is one of claim's.
func (e *Engine) echoTail(claim string, ws []string) bool {
	if len(ws) < 3 || !beAux[ws[0]] || ws[1] != "it" {
		return false
	}
	rest := ws[2:]
	for len(rest) > 0 && echoAdverbs[rest[0]] {
		rest = rest[1:]
	}
	if len(rest) == 0 || len(rest) > 5 {
		return false
	}
	ts := e.an.analyzeWords(rest, false).terms
	if len(ts) == 0 {
		return false
	}
	have := e.an.analyze(claim, false)
	return !slices.ContainsFunc(ts, func(t term) bool { return t.kind != KindEntity || !have.hasTerm(t.text) })
}

// echoAdverbs doubt what the echo names ("was it actually ...", "was it
// really ...").
var echoAdverbs = setOf("actually", "really", "truly", "even", "definitely", "honestly", "the")
