package knowledge

import "strings"

// oneWordAliases returns the one-word English ways the pack gives of
// term: the term itself and its one-word aliases, from its blocks with no
// language.
func oneWordAliases(p *Pack, term string) map[string]bool {
	out := map[string]bool{}
	for _, s := range p.Synonyms {
		if s.Term != term || s.Language != "" {
			continue
		}
		for _, w := range append([]string{s.Term}, s.Aliases...) {
			if !strings.Contains(w, " ") {
				out[w] = true
			}
		}
	}
	return out
}

// sayWordsOf returns the one-word ways of saying the pack gives in
// English: its "say" term and that term's one-word aliases ("said",
// "told", "stated", "warned", "according"). The guards that read a word
// of saying as it stands (saysAlone, sayingWord, which confirmsRead
// reads an answer's words with) take it from here, so
// the pack's "say" entry is their one source.
func sayWordsOf(p *Pack) map[string]bool {
	return oneWordAliases(p, sayTerm)
}

// englishWordTerms are the terms whose one-word English aliases the
// engine reads as words of their own: the ways of saying (sideOf,
// sayingWord, askedSaid) and the hedges (hedgeWordsOf).
var englishWordTerms = []struct{ term, use string }{
	{sayTerm, "the ways of saying that say who a thing comes from"},
	{potentialTerm, "the hedges that give a thing only as possible"},
}

// checkSayWords adds a problem when the pack knows one of
// englishWordTerms but gives no English block for it: the "say" term only
// in another language's block, say. Without its English words sideOf,
// sayingWord (and so confirmsRead) and askedSaid would find no one saying anything, and a hedged
// entry would read as plain but for its modals, silently.
func (v *validator) checkSayWords(p *Pack) {
	for _, t := range englishWordTerms {
		if _, ok := v.an.kinds[conceptName(t.term)]; ok && len(oneWordAliases(p, t.term)) == 0 {
			v.add(PackFile, "contract", "synonym %q has no English block: the engine reads its one-word aliases as %s", t.term, t.use)
		}
	}
}

// sayingWord reports whether w, after a name, says the name is where a
// thing comes from ("Ukraine reported ...", "Ukraine said ..."): a way
// of saying the pack gives, or a report or an estimate, which the pack
// reads as terms of their own.
func (e *Engine) sayingWord(w string) bool {
	return e.sayWords[w] || reportingWords[w]
}

// reportingWords are the words of reporting and estimating that say a
// source as saying does; the pack reads them as "report" and "estimate",
// not as saying.
var reportingWords = setOf("reported", "reports", "estimated", "estimates")

// askedSaid reports whether w asks what one said ("what did he say?",
// "what did he mean?"): a way of saying the pack gives, or "mean",
// which the pack reads as indicating.
func (e *Engine) askedSaid(w string) bool {
	return e.sayWords[w] || w == "mean" || w == "meant"
}
