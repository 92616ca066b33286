package knowledge

import "slices"

// exactRemark reports whether ws, a sentence after a question, asks its
// answer exact ("how many NK soldiers in russia now? like exact number",
// "how many died? precisely"), a figure or the word alone: it says how
// exactly the question is asked, so beforeRemarks does not ask the
// question without it, sortSentences and core read it with the question
// (the exact guard then declines "thousands"), unless it offers a rough
// figure as a choice ("exact or rough is fine").
func exactRemark(ws []string) bool {
	if !slices.ContainsFunc(ws, func(w string) bool { return exactWords[w] }) || roughOffered(ws) {
		return false
	}
	// of a figure ("like exact number"), or the word alone ("precisely
	// pls"): "I need the exact eligibility wording" asks a quote, and
	// "with whose help exactly" a question of its own
	return len(ws) <= 2 || slices.ContainsFunc(ws, func(w string) bool { return figureWords[w] })
}

// figureWords name a figure asked for.
var figureWords = setOf("number", "numbers", "figure", "figures", "count", "total", "tally", "amount", "stat", "stats", "digits")

// exactRemarks reports whether any of sentences, the remarks after a
// question, asks its answer exact (see exactRemark): the question's core
// keeps them too.
func exactRemarks(sentences []string) bool {
	return slices.ContainsFunc(sentences, func(s string) bool { return exactRemark(sentenceWords(s)) })
}
