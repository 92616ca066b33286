package knowledge

import (
	"slices"
	"strings"
)

// A choice offers two phrases, not two words ("pow welfare or weapons
// deals", "the sk fm or sk president", "sending reinforcements or pulling
// out"): linking the one term on either side of "or" (see appendTerm)
// leaves the rest of the other phrase in each alternative, where it is
// asked of as if the question said it. The alternative after "or" starts
// as the one before it does, by the same word ("in Russia or in Ukraine
// proper"), a word of the same kind (an article, a preposition, a verb in
// -ing, a plural: "soldiers to Russia or just weapons"), or, with neither, is a run of as many words of meaning as the
// run before it; it ends where a word that is no part of a phrase of
// names follows, or at the word that ends the one before ("the defense
// minister or the foreign minister pushing it"). A word that follows
// both ("more or less involved") is shared.

// span is the words [from, to) of one alternative.
type span struct{ from, to int }

// phraseChoice returns the two alternatives of the first choice in ws
// whose alternatives are phrases: at least one of them of two words of
// meaning or more, each with a word of meaning.
func phraseChoice(ws []string) (a, b span, ok bool) {
	for o := 1; o+1 < len(ws); o++ {
		if ws[o] != "or" {
			continue
		}
		if a, b, ok := choiceAt(ws, o); ok {
			return a, b, true
		}
		if a, b, ok := clauseChoice(ws, o); ok {
			return a, b, true
		}
	}
	return span{}, span{}, false
}

// clauseChoice reads a choice of clauses at the "or" at o: the clause
// after it asks as the question does, an auxiliary then its subject ("do
// the pows have to ask or does sk just take them?"); it runs to the end,
// and the one before it from the auxiliary that opens it.
func clauseChoice(ws []string, o int) (a, b span, ok bool) {
	if o+2 >= len(ws) {
		return span{}, span{}, false
	}
	if !doAux[ws[o+1]] && !beAux[ws[o+1]] || endsPhrase(ws[o+2]) && !articles[ws[o+2]] {
		return predicateChoice(ws, o)
	}
	l := -1
	for i := o - 1; i >= 0; i-- {
		if ws[i] == "or" || ws[i] == "and" || whWords[ws[i]] {
			break
		}
		if doAux[ws[i]] || beAux[ws[i]] {
			l = i
		}
	}
	if l < 0 {
		return span{}, span{}, false
	}
	a, b = span{l, o}, span{o + 1, len(ws)}
	if meaning(ws, a) < 2 || meaning(ws, b) < 2 {
		return span{}, span{}, false
	}
	return a, b, true
}

// choiceAt reads the alternatives either side of the "or" at o.
func choiceAt(ws []string, o int) (a, b span, ok bool) {
	r := o + 1
	for r < len(ws) && (midAdverbs[ws[r]] || isAdverb(ws[r]) || ws[r] == "only") { // "or just weapons", "or directly to Ukraine"
		r++
	}
	if r >= len(ws) || endsPhrase(ws[r]) && !parallelOpen(ws[r]) {
		return span{}, span{}, false
	}
	l := -1
	for i := o - 1; i >= 0 && i >= o-6; i-- {
		if parallel(ws[i], ws[r]) && (o-i <= 3 || !plural(ws[r])) {
			// (a plural is a weak likeness: near the "or" only, not
			// "talks focus on pow welfare or weapons deals")
			l = i
			break
		}
		if ws[i] == "or" || ws[i] == "and" || whWords[ws[i]] || beAux[ws[i]] || doAux[ws[i]] {
			break
		}
	}
	if l >= 0 {
		a = span{l, o}
		b = span{o + 1, phraseEnd(ws, r, ws[o-1])}
	} else {
		// no word alike: two runs of as many words of meaning
		from := o
		for from > 0 && !endsPhrase(ws[from-1]) {
			from--
		}
		dated := false
		if from >= 2 && from < o && ws[from-1] == "of" && !endsPhrase(ws[from-2]) && !stopWords[ws[from-2]] &&
			months[ws[from]] && slices.ContainsFunc(ws[o+1:], func(w string) bool { return months[w] }) {
			// "by end of jan or early feb": in a choice of dates a head
			// word and its "of" are of the alternative, whose words of
			// meaning count ("the number of pows or war dead" is not one)
			from -= 2
			dated = true
		}
		a, b = span{from, o}, span{o + 1, phraseEnd(ws, r, "")}
		n := a.to - a.from
		for _, w := range ws[a.from:a.to] {
			if midAdverbs[w] {
				n-- // "actually ukrainian intelligence or some random commentator": as "or just" is skipped after it
			}
		}
		if dated && meaning(ws, a) != b.to-r || !dated && n != b.to-r {
			return span{}, span{}, false
		}
		if end, ok := tail(ws, b.to); ok && r > o+1 {
			// "in combat, or only helping from behind the lines": after
			// "or only" the rest of the question is of its alternative
			b.to = end
		}
	}
	if meaning(ws, a) == 0 || meaning(ws, b) == 0 || meaning(ws, a) < 2 && meaning(ws, b) < 2 {
		return span{}, span{}, false
	}
	return a, b, true
}

// phraseEnd returns where the alternative that starts at r ends: after
// the word last, which ends the alternative before it, if the phrase has
// it ("the foreign minister"); else at the first word that is no part of
// a phrase of names.
func phraseEnd(ws []string, r int, last string) int {
	end := r + 1
	for end < len(ws) && parallelOpen(ws[end-1]) && !endsPhrase(ws[end]) {
		end++ // past "in" or "the" to the words of meaning
	}
	for end < len(ws) && !endsPhrase(ws[end]) {
		end++
	}
	if last != "" && !stopWords[last] {
		if i := slices.Index(ws[r:min(len(ws), r+6)], last); i >= 0 {
			return r + i + 1
		}
	}
	return end
}

// parallel reports whether the words a and b open alternatives alike: the
// same word, or both articles, prepositions, verbs in -ing or plurals.
func parallel(a, b string) bool {
	switch {
	case a == b:
		return a != "or" && a != "and" && !beAux[a] && !doAux[a] && !whWords[a]
	case articles[a] && articles[b], choicePrepositions[a] && choicePrepositions[b]:
		return true
	}
	if len(a) > 4 && len(b) > 4 && strings.HasSuffix(a, "ing") && strings.HasSuffix(b, "ing") {
		return true
	}
	return plural(a) && plural(b)
}

// plural reports whether w looks like a plural noun: "soldiers", not
// "focus", "crisis" or "less".
func plural(w string) bool {
	return len(w) > 3 && !stopWords[w] && strings.HasSuffix(w, "s") &&
		!strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// parallelOpen reports whether w opens a phrase, before its words of
// meaning: an article or a preposition.
func parallelOpen(w string) bool {
	return articles[w] || choicePrepositions[w]
}

// endsPhrase reports whether w is no part of a phrase of names: a stop
// word that ties, asks or joins.
func endsPhrase(w string) bool {
	return articles[w] || choicePrepositions[w] || prepositions[w] || whWords[w] || beAux[w] || doAux[w] ||
		phraseBreaks[w]
}

// meaning counts the words in s that are no stop words.
func meaning(ws []string, s span) int {
	n := 0
	for _, w := range ws[s.from:s.to] {
		if !stopWords[w] && !endsPhrase(w) {
			n++
		}
	}
	return n
}

// articles open a noun phrase.
var articles = setOf("a", "an", "the", "some", "any", "this", "that", "these", "those", "its", "their", "his", "her")

// choicePrepositions open a phrase of where, whom or how.
var choicePrepositions = setOf("in", "inside", "into", "within", "to", "at", "on", "by", "from", "with", "for", "near", "outside", "toward", "towards")

// phraseBreaks end a phrase: they join clauses or frame the question.
var phraseBreaks = setOf("or", "and", "but", "per", "according", "when", "while", "if", "because", "so", "than", "then", "lol", "lmao", "tho", "though", "right", "too", "either", "not", "only", "just")

// choiceSides returns the question once with each alternative of its
// choice of phrases, without the words of the other; ok is false when it
// has none, or an alternative leaves too little to ask.
func (an analysis) choiceSides() (sides [2]analysis, ok bool) {
	a, b, ok := phraseChoice(an.words)
	if !ok {
		return sides, false
	}
	// "a call or a meeting where Cho made the offer?": a "where" or
	// "when" right after the alternatives, with no question word before
	// them, is of the clause that follows, and asks nothing
	relative := -1
	if w := an.words; b.to < len(w) && (w[b.to] == "where" || w[b.to] == "when") && !slices.ContainsFunc(w[:a.from], func(w string) bool { return whWords[w] }) {
		relative = b.to
	}
	for k, drop := range []span{b, a} {
		side := an
		side.terms = make([]term, 0, len(an.terms))
		for _, t := range an.terms {
			if t.pos >= drop.from && t.pos < drop.to || t.pos == relative && t.kind == KindQuestion {
				continue
			}
			if t.either != 0 && !slices.ContainsFunc(an.terms, func(o term) bool {
				return o.either == t.either && o.pos != t.pos && !(o.pos >= drop.from && o.pos < drop.to)
			}) {
				t.either = 0 // its alternative is left out
			}
			side.terms = append(side.terms, t)
		}
		if !side.enough() || len(side.terms) == len(an.terms) {
			return sides, false
		}
		sides[k] = side
	}
	return sides, true
}

// choosePhrase answers a choice of phrases with the alternative the
// report speaks of: asked once with each, it is answered when one of them
// is by an entry whose question, answer and citations name nothing only
// the other has (its other phrasings are ways of asking; an entry naming
// both tells not which: "fighting in Russia or in Ukraine proper"
// is not answered by why they were sent to Russia to fight Ukraine), or
// when both are by the same entry. Else it cannot tell which the report
// supports, and the question is asked again as before (see alternatives).
func (e *Engine) choosePhrase(an analysis, tr *trace) (candidate, bool) {
	if _, ok := hearsayDoubt(an.words, e.an.usage.hearsay); ok {
		return candidate{}, false // "or is the report relying on claims?" is a doubt, no side (doubt.go)
	}
	sides, ok := an.choiceSides()
	if !ok {
		return candidate{}, false
	}
	var got [2]candidate
	var ok2 [2]bool
	for k, side := range sides {
		side.paragraph = an.paragraph
		got[k], ok2[k] = e.askAgain(side, tr)
	}
	switch {
	case ok2[0] && ok2[1]:
		if got[0].entry != got[1].entry {
			tr.note("not the answer: each alternative has its own entry, so the report does not say which")
			return candidate{}, false
		}
		return got[0], true
	case ok2[0] || ok2[1]:
		k := 0
		if ok2[1] {
			k = 1
		}
		ie := &e.entries[got[k].entry]
		for _, t := range sides[1-k].terms {
			// (what is named: a name, a role, a key word, a word the
			// pack has no concept for; "phone chat or a formal proposal"
			// is answered by how Cho proposed it)
			named := t.kind == KindEntity || t.kind == KindRole || t.kind == KindKey || t.kind == ""
			if named && !slices.ContainsFunc(sides[k].terms, func(o term) bool { return o.text == t.text }) && ie.about[t.text] &&
				!e.datedAside(got[k].entry, sides[k], t) {
				tr.note("not the answer: " + e.pack.Entries[got[k].entry].ID + " names both alternatives, so it does not say which")
				return candidate{}, false
			}
		}
		return got[k], true
	}
	return candidate{}, false
}

// predicateChoice reads a choice of what the subject does: "does seoul
// want to take them or send them back": the question opens with an
// auxiliary and a subject of one word, and the alternative before "or"
// runs from the verb after it.
func predicateChoice(ws []string, o int) (a, b span, ok bool) {
	l := -1
	for i := 0; i+2 < o; i++ {
		if doAux[ws[i]] {
			l = i
			break
		}
		if whWords[ws[i]] || beAux[ws[i]] || ws[i] == "or" || ws[i] == "and" {
			return span{}, span{}, false
		}
	}
	if l < 0 || stopWords[ws[l+1]] && !subjectPronouns[ws[l+1]] || endsPhrase(ws[l+2]) || endsPhrase(ws[o+1]) || stopWords[ws[o+1]] {
		return span{}, span{}, false
	}
	a, b = span{l + 2, o}, span{o + 1, len(ws)}
	if meaning(ws, a) < 2 || meaning(ws, b) < 2 {
		return span{}, span{}, false
	}
	return a, b, true
}

// tail reports whether the words from i to the end are a phrase of where
// or how, a preposition and no word that asks or joins, and returns the end.
func tail(ws []string, i int) (int, bool) {
	if i >= len(ws) || !choicePrepositions[ws[i]] && !prepositions[ws[i]] {
		return 0, false
	}
	for _, w := range ws[i+1:] {
		if whWords[w] || beAux[w] || doAux[w] || phraseBreaks[w] {
			return 0, false
		}
	}
	return len(ws), true
}
