package knowledge

import "strings"

// Dictation, and some typists, spell a code or a short name letter by
// letter ("k n twenty three" for KN-23, "d p r k"): each letter alone is
// no word of the pack, and "n" or "a" reads as a stop word, so the name
// is lost and the question sinks. spelledAt joins such a run of single
// letters into the word it spells, with a number after it when the pack
// writes them as one ("kn23").

// spelledAt returns the word the single letters starting ws spell, with
// the number after them if the pack knows them together, and how many
// words that is; 0 when ws does not start with two single letters or more
// that spell a word the pack knows. A run starting with "a" or "i", words
// of their own, is not read.
func (a *analyzer) spelledAt(ws []string) (string, int) {
	if len(ws) < 2 || ws[0] == "a" || ws[0] == "i" {
		return "", 0
	}
	n := 0
	for n < len(ws) && len(ws[n]) == 1 && 'a' <= ws[n][0] && ws[n][0] <= 'z' {
		n++
	}
	if n < 2 {
		return "", 0
	}
	cat := strings.Join(ws[:n], "")
	if n < len(ws) && isNumber(ws[n]) && a.known[cat+ws[n]] {
		return cat + ws[n], n + 1
	}
	if a.known[cat] {
		return cat, n
	}
	return "", 0
}
