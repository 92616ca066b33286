package knowledge

import "strings"

// Taglish makes a verb of an English one with a Tagalog affix, joined by
// a hyphen or not ("Sino po yung nag-propose ...?", "mag-relocate",
// "i-accept", "na-capture"): the affix says the verb's aspect or focus,
// and the English verb what is done. Read whole, the word is unknown, and
// one edit or two from nothing; without the affix it is the pack's word.

// tagalogAffixes are the verb affixes Taglish puts before an English verb,
// longest first.
var tagalogAffixes = []string{"nakaka", "makaka", "naka", "maka", "nag", "mag", "pag", "ipa", "pina", "na", "ma", "i"}

// taglishVerb returns w without a Tagalog affix, if what follows is a
// word the pack knows, of five letters or more, and no stop word: a
// shorter one would be read into too many English words ("i" and "deal").
func (a *analyzer) taglishVerb(w string) (string, bool) {
	for _, p := range tagalogAffixes {
		if rest, ok := strings.CutPrefix(w, p); ok && len(rest) >= 5 && !stopWords[rest] && a.isKnown(rest) {
			return rest, true
		}
	}
	return "", false
}
