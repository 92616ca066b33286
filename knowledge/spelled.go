package knowledge

import "strings"

// Dictation, and some typists, spell a code or a short name letter by
// letter ("k n twenty three" for KN-23, "d p r k", "kay en 23"): each letter alone is
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
	n, named := 0, false
	var b strings.Builder
	for ; n < len(ws); n++ {
		if w := ws[n]; len(w) == 1 && 'a' <= w[0] && w[0] <= 'z' {
			b.WriteString(w)
		} else if l, ok := letterName(w); ok {
			b.WriteByte(l)
			named = true
		} else {
			break
		}
	}
	if n < 2 {
		return "", 0
	}
	cat := b.String()
	if n < len(ws) && isNumber(ws[n]) && a.known[cat+ws[n]] && (!named || a.isName(cat+ws[n])) {
		return cat + ws[n], n + 1
	}
	if a.known[cat] && (!named || a.isName(cat)) {
		return cat, n
	}
	return "", 0
}

// letterName is letterNames[w], looked up only for a word that may be
// one (see wordFilter).
func letterName(w string) (byte, bool) {
	if !letterNameFilter.may(w) {
		return 0, false
	}
	l, ok := letterNames[w]
	return l, ok
}

// letterNames are the letters spelt out as they are said ("kay en 23" is
// KN-23), those that are no common English word; a run with one spells
// only a name.
var letterNames = map[string]byte{"bee": 'b', "cee": 'c', "dee": 'd', "ef": 'f', "eff": 'f', "gee": 'g', "aitch": 'h', "jay": 'j', "kay": 'k',
	"el": 'l', "em": 'm', "en": 'n', "pee": 'p', "cue": 'q', "ar": 'r', "ess": 's', "tee": 't', "vee": 'v', "zee": 'z', "zed": 'z'}
