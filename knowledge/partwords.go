package knowledge

import "slices"

// A part of a question asking two things is asked alone with its own
// terms, but its words were the whole question's, and what reads the words
// (whether an act is asked as done, a tense, a "yet") read the other
// part's too: in "What is the condition for the prisoners to go to South
// Korea, and how many of them already went?" the first part was read as
// asking whether they had gone, and turned down the condition, which is
// only offered. So a part asked alone reads only its own words: the
// others are blanked, but for those of the names it borrowed ("they" of
// the part before).

// ownWords returns the part, the k-th of the parts whose own terms are
// own, with the words outside it blanked, but for those of its terms.
func ownWords(part analysis, own [][]term, k int) analysis {
	ws := part.words
	from, to := 0, len(ws)
	if k > 0 {
		from = opening(ws, own[k-1], own[k])
	}
	if k+1 < len(own) {
		to = opening(ws, own[k], own[k+1])
	}
	if from == 0 && to == len(ws) {
		return part
	}
	out := slices.Clone(ws)
	for i := range out {
		if i >= from && i < to || slices.ContainsFunc(part.terms, func(t term) bool { return i >= t.pos && i < t.end }) {
			continue
		}
		out[i] = ""
	}
	part.words = out
	return part
}
