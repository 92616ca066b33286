package knowledge

import "slices"

// "Who's the source on NK gaining combat experience?", "whose
// intelligence is the source on the North Koreans' combat experience?"
// ask who says a thing, in words that name no claim ("the source for the
// claim that ..." does, and is read so already). The thing after "source
// on" is asked alone, and the entry that answers it as it stands tells
// who says it, by its attribution: that line is the answer. An entry
// whose attribution names no one (the February estimate has none) leaves
// the question declined; so does a thing no entry answers.

// sourceLeads are the words a question of a thing's source may open with
// before "source".
var sourceLeads = setOf("who", "whose", "what", "'s", "is", "the", "intelligence", "main", "real", "original")

// sourcePreps join "source" to the thing it is the source of.
var sourcePreps = setOf("on", "for", "behind", "of")

// sourceOn returns the thing a question "who's the source on X?" asks
// who says: at least two words of X, after a "who" or "whose" and the
// leads, "source" and a preposition. X that is the report itself ("this
// article", "that") is no thing of its own.
func sourceOn(ws []string) ([]string, bool) {
	i := slices.Index(ws, "source")
	if i < 1 || i+3 >= len(ws) || !sourcePreps[ws[i+1]] {
		return nil, false
	}
	if !slices.ContainsFunc(ws[:i], func(w string) bool { return w == "who" || w == "whose" }) ||
		slices.ContainsFunc(ws[:i], func(w string) bool { return !sourceLeads[w] }) {
		return nil, false
	}
	rest := ws[i+2:]
	if slices.ContainsFunc(rest, func(w string) bool { return w == "this" || w == "that" || writingWords[w] }) {
		return nil, false
	}
	return rest, true
}

// saidByOf returns the entry that answers rest, read alone as it stands
// (not a reading of it), when its attribution says who says it.
func (e *Engine) saidByOf(rest []string) (int, bool) {
	en, ok := e.entryAnswering(rest)
	if !ok {
		return 0, false
	}
	return en, e.attributed(en, func(at Attribution) bool { return at.SaidBy != "" })
}
