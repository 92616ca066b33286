package knowledge

import (
	"slices"
)

// Some questions ask whom the report names: "who are the officials
// mentioned in the report?", "which two people are named?", "name the
// officials quoted". No entry answers that, and one that did would rank
// for every question of who said what; the pack's referents say who its
// people are, and the entries that say who each one is answer together,
// with all their citations.

// peopleNouns name people in general, as such a question asks for them.
var peopleNouns = setOf("people", "ppl", "persons", "officials", "individuals", "names", "men", "guys",
	"personalities", "leaders", "characters", "officers")

// namingWords say that the report names them.
var namingWords = setOf("named", "name", "names", "mentioned", "mention", "mentions", "quoted", "quote", "quotes",
	"cited", "cite", "cites", "featured", "feature", "features", "appear", "appears", "listed")

// prominenceWords say which of its people a report is about ("who are the
// main people?"), as a word of naming does.
var prominenceWords = setOf("main", "key", "important", "central", "major", "involved", "principal")

// asksPeopleNamed reports whether a question asks only whom the report
// names: people in general, a word of naming or of prominence, and
// nothing else it asks of (not "which officials said North Korea might
// send more troops?").
func asksPeopleNamed(an analysis) bool {
	ws := an.words
	people := slices.ContainsFunc(ws, func(w string) bool { return peopleNounFilter.may(w) && peopleNouns[w] })
	naming := slices.ContainsFunc(ws, func(w string) bool { return namingWords[w] || prominenceWords[w] })
	if !people || !naming {
		return false
	}
	return !slices.ContainsFunc(an.terms, func(t term) bool {
		switch {
		case t.kind == KindQuestion || t.kind == KindFrame || t.kind == KindFiller || t.text == sayTerm:
			return false
		case isNumber(t.text) && len(t.text) == 1:
			return false // "the two officials"
		case t.end == t.pos+1 && peopleNouns[ws[t.pos]]:
			return false // "two men with names": people, though "men" reads as troops
		case t.end == t.pos+1 && prominenceWords[ws[t.pos]]:
			return false // "the important officials": which, though "important" reads as significant
		}
		return true
	})
}

// answerPeople answers a question asking whom the report names from the
// entries that say who each person of the pack's referents is; ok is
// false unless each has one.
func (e *Engine) answerPeople(a Answer, an analysis, tr *trace) (Answer, bool) {
	if !asksPeopleNamed(an) {
		return a, false
	}
	var found []candidate
	for _, rf := range e.packRefs {
		if rf.class != "person" {
			continue
		}
		i := slices.IndexFunc(e.entries, func(ie indexedEntry) bool { return ie.identities[rf.concept] })
		if i < 0 {
			return a, false
		}
		if slices.ContainsFunc(found, func(c candidate) bool { return c.entry == i }) {
			continue // one entry says who two are
		}
		found = append(found, candidate{entry: i, score: 1})
	}
	if len(found) == 0 {
		return a, false
	}
	tr.note("asks whom the report names: the entries of who each is")
	return e.combine(a, found, tr), true
}
