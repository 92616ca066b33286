package knowledge

import "slices"

// A name said as a correction ("north korea i mean", "i meant russia")
// after a question whose pronoun nothing before it resolved ("how many
// did they lose?", answered as it stands or asked back) says whom the
// pronoun meant: it takes the pronoun's place, not the place of a name of
// its own class, which the last question does not have (merged as a
// fragment, the name alone would be the question).

// meantForPronoun returns the last question base with its one unresolved
// pronoun replaced by the name the correction words ws give, when the
// name is one that pronoun can stand for. ok is false for anything else:
// no pronoun left in base, several, or words other than one name.
func (e *Engine) meantForPronoun(base, ws []string) ([]string, bool) {
	refs := slices.DeleteFunc(findReferences(base), func(r reference) bool { return tiers(r) == nil || r.poss })
	if len(refs) != 1 || refs[0].want == "figure" {
		return nil, false
	}
	an := e.an.analyzeWords(ws, true)
	if len(an.terms) != 1 || an.terms[0].kind != KindEntity || len(an.unknown) > 0 {
		return nil, false
	}
	rf, ok := e.referentInfo[an.terms[0].text]
	if !ok || !slices.ContainsFunc(tiers(refs[0]), func(fits func(referent) bool) bool { return fits(rf) }) {
		return nil, false
	}
	r := refs[0]
	out := slices.Concat(base[:r.at], ws, base[r.end:])
	return out, true
}
