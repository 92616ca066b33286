package knowledge

// Correcting typos (repair) asks of each word of a question whether the
// pack knows it or it is a stop word, first as the start of a name typed
// in pieces (splitName) and then as a word (repairWord): up to nine map
// lookups, stemming included, for a word that, nearly always, is one of
// the pack's own or a stop word. plainWords answers for those words at
// once, read once when the analyzer is finished.

// plainWords returns the words of the pack (as stemmed while it was read)
// and the stop words that isKnown or stopWords holds: the words repair
// leaves as they are. Asked once typos are indexed, when the analyzer is
// read-only, so the answers hold.
func (a *analyzer) plainWords() map[string]bool {
	out := make(map[string]bool, len(a.known))
	add := func(w string) {
		if stopWords[w] || a.isKnown(w) || a.isPiece(w) { // (a piece of a phrase: phrasewords.go)
			out[w] = true
		}
	}
	for w := range a.parentStems() {
		add(w)
	}
	for w := range a.stems {
		add(w)
	}
	for w := range stopWords {
		add(w)
	}
	return out
}
