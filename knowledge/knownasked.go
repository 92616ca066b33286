package knowledge

// knownAsked reads ws, a question of how a fact is known or how sure it
// is ("how do we know they're fighting there?", "how sure is the report
// that ...?", "is it confirmed that North Korea sent soldiers ...?"), as
// the question of who says it (evidence.go, certainty.go); ok is false
// for any other question. "is it confirmed that ..., or is the report
// relying on claims?" loses the doubt after it, which asks nothing more
// (doubt.go). A turn reads its words so, and so does the core of a
// question asked without the chatter around it (corequestion.go): "Our
// listeners always ask 'how do they know?'. Is it confirmed that ...?"
// asks who says it as much as the question alone does.
func (e *Engine) knownAsked(ws []string) ([]string, bool) {
	ws = e.withoutSentDoubt(ws)
	k := max(knowing(ws), certainOf(ws), confirmedSent(ws, e.an.usage.sending))
	if k == 0 || k == certainOf(ws) && onlyTheAnswer(tailAskedCut(ws[k:])) {
		// ("how reliable is that number?" asks how sure the last
		// answer is, not who says it)
		return ws, false
	}
	return e.knownBy(ws[k:]), true
}

// withoutSentDoubt cuts a doubt after a question whether a sending is
// confirmed ("..., or is the report relying on claims?"), which asks
// nothing more (doubt.go); any other question is ws itself.
func (e *Engine) withoutSentDoubt(ws []string) []string {
	if cut, ok := hearsayDoubt(ws, e.an.usage.hearsay); ok && confirmedSent(cut, e.an.usage.sending) > 0 {
		return cut
	}
	return ws
}
