package knowledge

// A word the pack writes only inside its multiword phrases (an alias, a
// filler, a sense's words or neighbours: "responsible for", "for the
// record", "i.e.") is no word of its vocabulary: it means something only
// in its phrase. Counted as known, it changed the reading of unrelated
// questions ("response" shares the stem of "responsible", "record" the
// word of "for the record", "obviously" of "sorry if this is obvious"),
// and typo repair corrected towards it ("bake" into the "baka" of "baka
// question"). So it is left out of the known words (read as unknown
// where it stands outside its phrase) and of the words repair corrects
// towards, yet stays plain: repair leaves it as written, so that its
// phrase is still read.

// pieceWords returns the words the pack writes as pieces of a multiword
// phrase and nowhere as a word of its own: not in the report, an entry's
// texts (question, answer, phrasings, quotes), a synonym's one-word term
// or alias, or a sense's one-word word or neighbour.
func pieceWords(syns []Synonym, senses []Sense, report, texts []string) map[string]bool {
	pieces, whole := map[string]bool{}, map[string]bool{}
	phrase := func(s string) {
		ws := splitWords(s)
		into := whole
		if len(ws) > 1 {
			into = pieces
		}
		for _, w := range ws {
			into[w] = true
		}
	}
	for _, s := range syns {
		if s.Kind != KindFiller || s.Language != "" {
			// a filler's words ask nothing; the words of a phrase that
			// asks are the question's own words in other forms ("cease
			// fire", "fired"), a name's are names, typed apart and
			// misspelt alone ("Cho Tae Yool"), and a language's are its
			// common words
			for _, t := range append([]string{s.Term}, s.Aliases...) {
				for _, w := range splitWords(t) {
					whole[w] = true
				}
			}
			continue
		}
		phrase(s.Term)
		for _, al := range s.Aliases {
			phrase(al)
		}
	}
	for _, s := range senses {
		for _, ns := range [][]string{s.Words, s.Before, s.After} {
			for _, n := range ns {
				phrase(n)
			}
		}
	}
	for _, ts := range [][]string{report, texts} {
		for _, t := range ts {
			for _, w := range sentenceWords(t) {
				whole[w] = true
			}
		}
	}
	for w := range pieces {
		if whole[w] || stopWords[w] { // (a stop word is read alike anywhere)
			delete(pieces, w)
		}
	}
	return pieces
}

// knownWords returns the pack's known words and stems: every word it has
// stemmed, and its stem, but for pieces; the pieces known by no word's
// stem, with their stems (the words left out); and those pieces as
// written, but for a letter (see asPiece).
func knownWords(stems map[string]string, pieces map[string]bool) (known, only, exact map[string]bool) {
	known = make(map[string]bool, len(stems)+len(stems)/3) // words, and stems that are no word
	for w, s := range stems {
		if pieces[w] {
			continue
		}
		known[w] = true
		known[s] = true
	}
	only, exact = map[string]bool{}, map[string]bool{}
	for w := range pieces {
		if s, ok := stems[w]; ok && !known[w] && !known[s] {
			only[w], only[s] = true, true
			exact[w] = len(w) > 1
		}
	}
	return known, only, exact
}

// asPiece reports whether w is known as a piece of a phrase, written as
// the phrase writes it: "reader" of "a reader asked" asks nothing the
// pack cannot read, but "response", "recorded" or "obviously" only share
// a stem with "responsible for", "for the record" or "sorry if this is
// obvious", and a letter ("e" of "i.e.") is never a word.
func (a *analyzer) asPiece(w string) bool {
	return a.pieceWords[w]
}

// isPiece reports whether w, or its stem, is a piece of a phrase only
// ("paying" of "pay attention"): repair leaves it as written, as it
// leaves a known word, where reading counts it unknown.
func (a *analyzer) isPiece(w string) bool {
	return len(a.pieces) > 0 && (a.pieces[w] || a.pieces[a.stem(w)])
}
