package knowledge

import (
	"regexp"
	"slices"
	"strings"
)

// Some questions ask two things at once: a comparison ("Is the February
// figure higher than the January one?", "Budanov vs the Joint Chiefs: what
// did each say?") or two questions joined ("How many troops did North
// Korea send, and where are they fighting?"). When no one entry answers
// such a question, each part is asked alone, under the same guards, and
// the answer is made of the parts' entries, with all their citations. If
// either part is not answered, neither is the question as a whole: half
// an answer to a comparison would read as the whole (but two questions
// may be answered in part, saying so: see inpart.go).

// parts returns the readings of a question that asks two things, each to
// be answered alone, or nil: the two sides of a comparison (see sides), or
// the clauses of a question asking two things (see analysis.clauses).
func (an analysis) parts() []analysis {
	if i, j, ok := sides(an); ok {
		without := func(k int) analysis {
			part := an
			part.terms = slices.DeleteFunc(slices.Clone(an.terms), func(t term) bool {
				return t.text == an.terms[k].text || t.text == compareTerm
			})
			return part
		}
		return []analysis{without(j), without(i)}
	}
	if cs := an.clauses(); len(cs) > 1 {
		return cs
	}
	return nil
}

// sides returns the two terms a comparison sets side by side, as indexes
// of an.terms: two names, two key words or two numbers of one kind, one
// on each side of a word that joins them ("the February number higher than
// the January one", "Budanov vs the Joint Chiefs", "between January and
// February"). "And" and "or" join sides only in a question that compares
// (the pack's compare concept, "each", "both" or "between"): "How many were
// killed or injured?" compares nothing.
func sides(an analysis) (int, int, bool) {
	compares := slices.ContainsFunc(an.terms, func(t term) bool { return t.text == compareTerm }) ||
		slices.ContainsFunc(an.words, func(w string) bool { return w == "each" || w == "both" || w == "between" })
	// two people named together in a question of who they are ("who are
	// Cho and Budanov?", "their roles?") are asked of each, as a
	// comparison's sides are; not what they did together ("have they
	// met?"), which neither alone answers
	whoAlone := !compares && slices.Contains(an.words, "and") && asksWhoAlone(an)
	for c, w := range an.words {
		people := whoAlone && w == "and"
		if !(comparingFilter.may(w) && comparing[w]) && !people && !(compares && (w == "and" || w == "or" || w == "to" || w == "with" || w == "against")) {
			continue
		}
		i := slices.IndexFunc(an.terms, func(t term) bool { return t.pos >= c }) - 1
		for i >= 0 && !side(an.terms[i]) {
			i-- // "the jan casualty figure against": the figure is January's
		}
		if i < 0 {
			continue
		}
		for j := i + 1; j < len(an.terms); j++ {
			l, r := an.terms[i], an.terms[j]
			if r.pos == c || !side(r) {
				continue // the joining word itself, as the pack reads it, or a word between ("the early feb one")
			}
			if people && !(l.person && r.person && l.end == c && r.pos == c+1) {
				break // not two people, one either side of "and"
			}
			if r.kind == l.kind && r.text != l.text && (l.kind == KindEntity || l.kind == KindKey || isNumber(l.text) && isNumber(r.text)) {
				return i, j, true
			}
			break // the first side after the joining word is the other side, or none is
		}
	}
	return 0, 0, false
}

// asksWhoAlone reports whether an asks only who people are: its terms
// are the people, question words and the word for a role, and one of the
// last two asks ("have Cho and Budanov ever met?" asks neither).
func asksWhoAlone(an analysis) bool {
	asks := func(t term) bool { return t.kind == KindQuestion || t.text == "role" }
	return slices.ContainsFunc(an.terms, asks) && !slices.ContainsFunc(an.terms, func(t term) bool {
		return !t.person && !asks(t) && t.kind != KindFiller
	}) && !slices.ContainsFunc(an.words[an.terms[len(an.terms)-1].end:], func(w string) bool {
		// "who do Cho and Budanov report to?" asks more than who they
		// are, in words no term reads
		return !stopWords[w] || prepositions[w]
	})
}

// side reports whether a term can be a side of a comparison, not a word
// that asks, compares or only describes what is compared ("the jan
// casualty figure against the early feb one"), nor what each side does
// ("what Budanov says and what the Joint Chiefs say"): a name, a key word, a
// number, a role ("North Korea's army bigger than South Korea's" sets an
// army against a country, which no two entries answer).
func side(t term) bool {
	return t.kind != KindQuestion && t.kind != KindFiller && t.kind != KindAct && t.text != compareTerm &&
		(t.kind != "" && t.kind != KindWord || isNumber(t.text))
}

// comparing are the words that set two sides against each other in any
// question.
var comparing = setOf("than", "vs", "versus")

// answerParts answers a question from the entries of its parts, in the
// question's order; ok is false unless every part is answered, each by
// another entry.
func (e *Engine) answerParts(a Answer, an analysis, tr *trace) (Answer, bool) {
	parts := an.parts()
	if parts == nil || countsBetween(an.words, an.terms) {
		return a, false // the figures at two dates are not what happened between them
	}
	if pa, ok := e.answerEachPart(a, an, parts, tr); ok {
		return pa, true
	}
	if _, _, ok := sides(an); ok {
		// "compare please: how many killed or injured until january and
		// how many dead until early february?": the sides a comparison
		// word suggests may not be what it sets apart, where each of
		// its clauses is
		if cs := an.clauses(); len(cs) > 1 {
			for i := range cs {
				// each clause asks its own figure, and compares nothing
				cs[i].terms = slices.DeleteFunc(slices.Clone(cs[i].terms), func(t term) bool { return t.text == compareTerm })
			}
			return e.answerEachPart(a, an, cs, tr)
		}
	}
	return a, false
}

// answerEachPart answers an from the entries of parts, each answered
// alone by another entry, or not at all.
func (e *Engine) answerEachPart(a Answer, an analysis, parts []analysis, tr *trace) (Answer, bool) {
	var found []candidate
	for k, part := range parts {
		var c candidate
		ok := false
		if k > 0 && k == len(parts)-1 && len(found) == k {
			// its "he" is the one the part before answers, first: asked as
			// it stands, "what he said about the North Koreans" is anyone's
			c, ok = e.askOfAnswered(an, parts[k-1], part, found[k-1], tr) // see answeredperson.go
		}
		if !ok {
			c, ok = e.askAgain(part, tr)
		}
		if !ok || slices.ContainsFunc(found, func(f candidate) bool { return f.entry == c.entry }) {
			tr.note("not answered from its parts: each must be answered, by another entry")
			return a, false
		}
		if e.splitsTogether(an, part, c.entry) {
			tr.note("not answered from its parts: it counts apart what a part's entry gives one figure for")
			return a, false
		}
		found = append(found, c)
	}
	return e.combine(a, found, tr), true
}

// combine answers with the entries of found together, in order: the
// first's answer, then each other's without its closing aside (see
// aside), all their citations once, the least confidence; a follow-up may
// refer to the names of any of them (see Answer.with).
func (e *Engine) combine(a Answer, found []candidate, tr *trace) Answer {
	ids := make([]string, len(found))
	for i, c := range found {
		ids[i] = e.pack.Entries[c.entry].ID
	}
	tr.parts(ids)
	a = e.answerWith(a, found[0].entry, found[0].score)
	texts := []string{aside.ReplaceAllString(a.Text, "")}
	for _, c := range found[1:] {
		en := e.pack.Entries[c.entry]
		texts = append(texts, aside.ReplaceAllString(fitPolar(en.Answer, a.Question), ""))
		for _, ct := range en.Citations {
			if !slices.Contains(a.Citations, ct) {
				a.Citations = append(a.Citations, ct)
			}
		}
		a.Confidence = round2(min(a.Confidence, c.score))
		a.with = append(a.with, c.entry)
	}
	a.Text = strings.Join(texts, " ")
	return a
}

// aside is a parenthesis that ends an answer, pointing to a neighbouring
// fact ("(By early February, about 4,000 fatalities were estimated.)"):
// in an answer made of two entries, the other entry gives that fact.
var aside = regexp.MustCompile(`\s*\([^()]*\)\s*$`)
