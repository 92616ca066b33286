package knowledge

import "slices"

// A question of two clauses whose first asks who and whose second asks
// of "him" ("Who is the Ukrainian official cited about North Korea's combat
// experience, and what is his title?") names no one the second can borrow
// (see clausesOwn): its "he" is the one person the first part's answer
// names. The second part is asked of that person first (compose.go), and
// as it stands only when that is not answered: alone, "what he said about
// the North Koreans" is what anyone said of them.

// askOfAnswered asks part again of the one person the answer of before
// names, when part is the last of a question's parts, refers to a person
// ("he", "his", "she", "her") and names none, and first, the part before,
// asks who.
func (e *Engine) askOfAnswered(an, first, part analysis, before candidate, tr *trace) (candidate, bool) {
	if len(part.terms) == 0 || slices.ContainsFunc(part.terms, func(t term) bool { return t.person }) ||
		!slices.ContainsFunc(first.terms, func(t term) bool { return t.kind == KindQuestion && t.text == "who" }) {
		return candidate{}, false
	}
	from := part.terms[0].pos
	for from > 0 && an.words[from] != "and" {
		from--
	}
	at := slices.IndexFunc(an.words[from:], func(w string) bool {
		r := refWords[w].want
		return r == "he" || r == "she"
	})
	if from == 0 || at < 0 {
		return candidate{}, false
	}
	person, ok := e.onePersonAnswered(before.entry)
	if !ok {
		return candidate{}, false
	}
	person.pos, person.end, person.modifies = from+at, from+at+1, -1
	again := part
	again.terms = append(slices.Clone(part.terms), person)
	slices.SortStableFunc(again.terms, func(a, b term) int { return a.pos - b.pos })
	tr.note("its \"" + an.words[from+at] + "\" is the one person the answer before names: " + person.text)
	return e.askAgain(again, tr)
}

// onePersonAnswered returns the term of the one person entry i's answer
// names, if it names one (Budanov, in what he said); ok is false for
// none or several. It is read once, at load (answerFactsOf).
func (e *Engine) onePersonAnswered(i int) (term, bool) {
	return e.facts[i].person, e.facts[i].onePerson
}

// onePersonIn returns the term of the one person an answer's analysis
// names; ok is false for none or several.
func onePersonIn(an analysis) (term, bool) {
	var found term
	n := 0
	for _, t := range an.terms {
		if t.person && t.kind == KindEntity && t.text != found.text {
			found = t
			n++
		}
	}
	return found, n == 1
}
