package knowledge

import "slices"

// moreOf reports whether the term at pos of ws, before the reference r,
// is a number of things more of which the clause of r has someone give,
// not who gives them: in "what about more troops, could they send more?"
// the troops are what is sent, and "they" the ones who send, named before
// (North Korea), so the troops are no antecedent of "they". It is a term
// right after a word of moreWords ("more", "additional", "extra",
// "further"), with one of them again after r.
func moreOf(ws []string, pos int, r reference) bool {
	if pos == 0 || !moreWords[ws[pos-1]] {
		return false
	}
	return slices.ContainsFunc(ws[r.end:], func(w string) bool { return moreWords[w] })
}

// moreWords say a number of things beyond those already counted.
var moreWords = setOf("more", "additional", "extra", "further")
