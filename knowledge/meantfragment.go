package knowledge

import "slices"

// A correction of the last question by a part of it ("no i meant
// january", "ukraine i mean", "sorry, I meant the South Korean foreign
// minister") is a fragment of that question: the words that say it
// corrects (see correctionWords) ask nothing, and merged with the rest
// "meant" would be read as a word the report must speak of. (A whole
// question after "i meant" is unsaid's: see unsaid.go.)

// meantFragment returns ws without the words that say it corrects the
// last question, when the rest is no question of its own: after "i
// meant" led only by correction words, or before a closing "i mean". ok
// is false for any other words.
func meantFragment(ws []string) ([]string, bool) {
	n := slices.IndexFunc(ws, func(w string) bool { return w == "mean" || w == "meant" })
	if n < 1 || ws[n-1] != "i" {
		return nil, false
	}
	if n == len(ws)-1 {
		// "ukraine i mean"
		// (only correction words before it, "sorry i meant", say no part)
		if n < 2 || slices.ContainsFunc(ws[:n-1], isQuestionWord) || !slices.ContainsFunc(ws[:n-1], func(w string) bool { return !correctionWords[w] }) {
			return nil, false
		}
		return ws[:n-1], true
	}
	if slices.ContainsFunc(ws[:n], func(w string) bool { return !correctionWords[w] }) || slices.ContainsFunc(ws[n+1:], isQuestionWord) || n+1 == len(ws) {
		return nil, false
	}
	return ws[n+1:], true
}
