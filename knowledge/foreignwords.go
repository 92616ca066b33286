package knowledge

// dropForeign returns ws without the common words of the pack's other
// Latin-script languages that the pack does not otherwise know: an asker
// who mixes Spanish, German or Portuguese into an English question ("el
// Kursk región, who control it, Rusia o Ucrania?", "Was ist Budanov his
// job?", "What is the fonte of this notícia, gente?") puts "el", "la",
// "es", "ist", "é" where English puts "the" or "is", or a filler ("né",
// "tipo", "gente"), and those
// words, read as unknown, would count against every answer. Words of the
// lists that the pack knows ("soldados", "nordkorea") stay, as do
// English stop words. A message mostly in another language is declined
// before this, by the language guard.
func (a *analyzer) dropForeign(ws []string) []string {
	if len(a.foreign) == 0 {
		return ws
	}
	var out []string
	for i, w := range ws {
		drop := a.foreignSieve.may(w) && a.foreign[w] && !stopWords[w] && !a.isKnown(w)
		if drop && out == nil {
			out = append(make([]string, 0, len(ws)), ws[:i]...)
		}
		if !drop && out != nil {
			out = append(out, w)
		}
	}
	if len(out) == 0 {
		return ws
	}
	return out
}
