package knowledge

import (
	"regexp"
	"slices"
	"strings"
)

// Some writers, German ones most of all, join the nouns of a compound with
// hyphens: "Which missile-type received an accuracy-improvement?", "the
// February-fatality-figure", "the Ukrainian Defense-Intelligence-Service".
// The words are cut so that a hyphened name or code is one word ("Tae-yul",
// "KN-23"), and such a compound becomes one word no entry holds
// ("missiletype"), which sinks the question. So a compound of letters
// whose parts, run together, are no word the pack knows, while one of them
// is a word of it that is no name, is read as its words apart. A compound
// of names only ("our Korean-American readers") says who someone is, and
// stays one word, as before; so do a name the pack knows hyphened, one with
// a part of two letters or fewer ("e-mail", "Jong-un"), an honorific
// ("Budanov-ssi", honorifics.go) and a Tagalog affix ("nag-propose",
// taglishverbs.go), which the words read as before.

// letterCompound is a run of letters joined by hyphens.
var letterCompound = regexp.MustCompile(`\b[A-Za-z]+(?:-[A-Za-z]+)+\b`)

// unhyphened returns message with the hyphens of its compounds read as
// spaces (see above), and whether any was.
func (a *analyzer) unhyphened(message string) (string, bool) {
	if strings.IndexByte(message, '-') < 0 {
		return "", false
	}
	changed := false
	out := letterCompound.ReplaceAllStringFunc(message, func(c string) string {
		if a.splitsCompound(c) {
			changed = true
			return strings.ReplaceAll(c, "-", " ")
		}
		return c
	})
	return out, changed
}

// splitsCompound reports whether the hyphened compound c is read as its
// words apart.
func (a *analyzer) splitsCompound(c string) bool {
	parts := strings.Split(strings.ToLower(c), "-")
	if a.isKnown(strings.Join(parts, "")) || slices.Contains(tagalogAffixes, parts[0]) {
		return false
	}
	known := false
	for i, p := range parts {
		if len(p) < 3 || i > 0 && honorificAt(p, 0) == len(p) {
			return false
		}
		if !stopWords[p] && a.isKnown(p) && !a.isName(p) {
			known = true
		}
	}
	return known
}
