package knowledge

import "slices"

// "is it true russia made nk's missiles more accurate?" puts a claim of
// its own to check: its "it" stands for the clause after it, not for the
// last answer, and its "accurate" is part of the claim, not how sure the
// report is. Read as a question about the last answer (lastanswer.go),
// the answer would only say how sure the report is of whatever came
// before, without the claim. So "is it true", "is it confirmed" with a
// clause after it naming someone and what they did is asked as any
// question is; "is it true?", "is it confirmed by ukraine?" stay about
// the last answer.

// itOpensClaim reports whether ws opens with "is it true" (or another
// word of truth or certainty) and a claim after it (see above).
func (e *Engine) itOpensClaim(ws []string) bool {
	if len(ws) < 5 || !beAux[ws[0]] || ws[1] != "it" || !trueWords[ws[2]] && !sureWords[ws[2]] {
		return false
	}
	rest := ws[3:]
	if rest[0] == "that" {
		rest = rest[1:]
	}
	if len(rest) < 2 || prepositions[rest[0]] {
		return false // "is it confirmed by ukraine?": by whom, of the last answer
	}
	an := e.an.analyzeWords(rest, true)
	named := slices.ContainsFunc(an.terms, func(t term) bool { return t.kind == KindEntity })
	said := slices.ContainsFunc(an.terms, func(t term) bool { return t.kind != KindEntity && t.kind != KindQuestion })
	return named && said
}
