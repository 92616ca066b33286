package knowledge

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentences splits a paragraph into its sentences: after ".", "!" or "?"
// (and any closing quotes or brackets) and a space, before a capital, a
// digit or an opening quote. Not after an abbreviation ("Mr.", "Jan."), an
// initial ("J.") or a dotted one ("U.S.", "p.m."): "U.S. officials" is one
// sentence. A quote must lie within one sentence, and the engine answers
// from whole ones (see fallback.go), so both read the report alike.
func sentences(p string) []string {
	var out []string
	start := 0
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		end := i + 1
		for end < len(p) {
			r, n := utf8.DecodeRuneInString(p[end:])
			if !closers[r] {
				break
			}
			end += n
		}
		if end >= len(p) || p[end] != ' ' {
			continue
		}
		next := strings.TrimLeft(p[end:], " ")
		r, _ := utf8.DecodeRuneInString(next)
		if next == "" || !(unicode.IsUpper(r) || unicode.IsDigit(r) || openers[r]) {
			continue
		}
		if c == '.' && abbreviation(p[start:i]) {
			continue
		}
		out = append(out, p[start:end])
		start = end + len(p[end:]) - len(next)
		i = start - 1
	}
	if start < len(p) {
		out = append(out, p[start:])
	}
	return out
}

// abbreviation reports whether the text before a full stop ends with a
// word that the stop abbreviates: an initial, a dotted abbreviation or a
// title or month written short.
func abbreviation(before string) bool {
	w := before[strings.LastIndexAny(before, " (\"“‘")+1:]
	if w == "" {
		return false
	}
	if utf8.RuneCountInString(w) == 1 || strings.Contains(w, ".") {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsLetter(r) // "J.", "U.S.", "p.m.", not "3."
	}
	return abbreviations[strings.ToLower(w)]
}

var (
	closers = map[rune]bool{'"': true, '\'': true, '”': true, '’': true, ')': true, ']': true}
	openers = map[rune]bool{'"': true, '\'': true, '“': true, '‘': true, '(': true, '[': true}
	// abbreviations are the words written short with a full stop that
	// news copy puts before a name or a number.
	abbreviations = setOf("mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "rep", "gov", "lt", "col",
		"sgt", "capt", "cpt", "maj", "adm", "cmdr", "pres", "rev", "hon", "jr", "sr", "inc", "ltd", "co",
		"corp", "vs", "vol", "fig", "approx", "est", "dept", "univ", "mt", "ft", "ave",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
)

// Sentences splits a paragraph into its sentences as the engine does: a
// quote must lie in one, and an answer from the report is one.
func Sentences(paragraph string) []string { return sentences(paragraph) }
