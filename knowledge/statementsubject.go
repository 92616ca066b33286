package knowledge

import "slices"

// "In the 1950s the casualties were massive. What are they now?": the
// question's "they" is the subject of the statement just before it, in
// the same message, not a name of the turns before. A statement that
// opens (after a phrase of time or place) with "the" and a noun, and
// says what it was or is, gives the one thing its next sentence's lone
// pronoun of the same number can be: "they" for "were" or "are", "it"
// for "was" or "is". The question is asked with the noun in the
// pronoun's place.

// statementSubject returns the subject of a statement that says what it
// is or was ("the casualties" of "in the 1950s the casualties were
// massive") and the pronoun that stands for it, or ok false.
func (e *Engine) statementSubject(ws []string) (subject []string, pronoun string, ok bool) {
	for i := 0; i < len(ws) && i <= 4; i++ {
		if ws[i] != "the" {
			continue
		}
		j := i + 1
		for j < len(ws) && j <= i+3 && !stopWords[ws[j]] {
			j++
		}
		if j == i+1 || j >= len(ws)-1 {
			continue
		}
		switch ws[j] {
		case "were", "are":
			pronoun = "they"
		case "was", "is":
			pronoun = "it"
		default:
			continue // "the 1950s the ...": a phrase of time
		}
		an := e.an.analyzeWords(ws[i+1:j], true)
		if len(an.terms) == 0 || len(an.unknown) > 0 {
			return nil, "", false
		}
		return ws[i:j], pronoun, true
	}
	return nil, "", false
}

// withStatementSubject returns the question ws with its one pronoun put
// as the subject of the statement before it (see statementSubject), or
// ok false.
func (e *Engine) withStatementSubject(statement, ws []string) ([]string, bool) {
	subject, pronoun, ok := e.statementSubject(statement)
	if !ok {
		return nil, false
	}
	refs := findReferences(ws)
	if len(refs) != 1 || refs[0].word != pronoun || refs[0].poss {
		return nil, false
	}
	r := refs[0]
	return slices.Concat(ws[:r.at], subject, ws[r.end:]), true
}
