package knowledge

import "slices"

// relatesStated reports whether ws[i], a relating word of the pack's
// [claims] relating list ("linked", "includes"), links two things the
// entry states: the two it links, not any stated term on each side of
// it. "X is linked to Y" and "X includes Y" link the words next to it
// on each side; "A linked X to Y" links X and Y, its object and what
// follows the "to" (or "with"). Articles, and the "is" of "is linked",
// stand between a relating word and what it links; a pronoun does not
// ("Budanov said it is linked to ...": what "it" is, the claim does
// not state), nor does a word the entry does not state.
func relatesStated(relating []string, ws []string, covered []bool, i int) bool {
	if !slices.Contains(relating, ws[i]) {
		return false
	}
	left, right := -1, nextLinked(ws, i+1)
	if right >= 0 && !relateTo[ws[i+1]] && !relateLeads[prevWord(ws, i)] {
		if to := slices.IndexFunc(ws[right+1:], func(w string) bool { return relateTo[w] }); to >= 0 {
			// "A linked X to Y": X and Y
			left, right = right, nextLinked(ws, right+1+to+1)
		}
	}
	if left < 0 {
		left = prevLinked(ws, i-1)
	}
	return left >= 0 && right >= 0 && covered[left] && covered[right]
}

// relateTo holds the words that join a relating word to its second
// thing ("linked to", "tied with"). Right after the relating word, one
// says the first thing stands before it ("X is linked to Y"); further on,
// after the relating word's object, it says the object is the first thing
// and the second follows ("A linked X to Y": A, the doer, is linked to
// nothing).
var relateTo = setOf("to", "with")

// relateLeads holds the words before a relating word that make it
// passive ("is linked to"): it then links the things on its two sides.
var relateLeads = setOf("is", "are", "was", "were", "be", "been", "being")

// relateSkip holds the words that stand between a relating word and a
// thing it links: articles, the joining words, the verbs of a passive or
// a perfect ("has been linked"), "also"; no pronoun, so "it is linked to"
// finds no first thing, since the claim does not state what "it" is.
var relateSkip = setOf("a", "an", "the", "to", "with", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "also", "too")

// prevWord returns the word before ws[i], or "" for the first word, so
// that a relating word that opens the words ("linked to ...") has no
// passive lead.
func prevWord(ws []string, i int) string {
	if i > 0 {
		return ws[i-1]
	}
	return ""
}

// nextLinked returns the first word from j on that is not a relateSkip
// word, or -1.
func nextLinked(ws []string, j int) int {
	for ; j < len(ws); j++ {
		if !relateSkip[ws[j]] {
			return j
		}
	}
	return -1
}

// prevLinked returns the last word up to j that is not a relateSkip
// word, or -1.
func prevLinked(ws []string, j int) int {
	for ; j >= 0; j-- {
		if !relateSkip[ws[j]] {
			return j
		}
	}
	return -1
}
