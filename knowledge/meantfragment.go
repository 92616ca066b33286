package knowledge

import "slices"

// A correction of the last question by a part of it ("no i meant
// january", "ukraine i mean", "sorry, I meant the South Korean foreign
// minister") is a fragment of that question: the words that say it
// corrects (see correctionWords) ask nothing, and merged with the rest
// "meant" would be read as a word the report must speak of, and what it
// says it replaces ("i meant february not january") is no part of it. (A whole
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
	return notReplaced(askedAbout(ws[n+1:])), true
}

// askVerbs say, after "i meant to", only that a thing was to be asked:
// "i meant to ask about the january figure" means the january figure.
var askVerbs = setOf("ask", "say", "type", "write", "put")

// askedAbout drops a leading "to ask (about)" from what a correction
// says was meant: what follows is the thing meant.
func askedAbout(ws []string) []string {
	if len(ws) > 2 && ws[0] == "to" && askVerbs[ws[1]] {
		ws = ws[2:]
		if len(ws) > 1 && ws[0] == "about" {
			ws = ws[1:]
		}
	}
	return ws
}

// notReplaced drops what a correction says it replaces ("february not
// january", "february instead of january"): merged, the replaced part
// would be asked again beside the part meant.
func notReplaced(ws []string) []string {
	for i := 1; i+1 < len(ws); i++ {
		if ws[i] == "not" || ws[i] == "instead" && ws[i+1] == "of" || ws[i] == "rather" && ws[i+1] == "than" {
			return ws[:i]
		}
	}
	return ws
}
