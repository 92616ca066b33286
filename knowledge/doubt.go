package knowledge

import "slices"

// A question asked yes or no often ends with the asker's doubt, put as
// its other side: "is ukraine even talking to sk or is it one-sided?",
// "are they still fighting in kursk or did they pull out?", "big
// casualties or is that overblown?". The clause after "or" opens with an
// auxiliary and a pronoun that stands for what the question asks of, and
// it names nothing the pack knows: it asks nothing the report could
// answer, and its unknown words would sink the question it doubts. The
// question is read without it. A doubt that names what the pack knows
// ("or is it only south korea?") is a choice, read by choice.go.

// withoutDoubt returns ws without a doubt after its question, and whether
// it had one: from the last "or" followed by an auxiliary and a pronoun,
// when the words before it ask and the words from it say nothing.
func (e *Engine) withoutDoubt(ws []string) ([]string, bool) {
	for o := len(ws) - 3; o >= 2; o-- {
		if ws[o] != "or" || !doAux[ws[o+1]] && !beAux[ws[o+1]] || !doubtSubjects[ws[o+2]] {
			continue
		}
		if slices.ContainsFunc(ws[:o], func(w string) bool { return whWords[w] }) ||
			!slices.ContainsFunc(ws[:o], func(w string) bool { return doAux[w] || beAux[w] || modals[w] }) {
			return ws, false // no question asked yes or no before it ("where are they, or is it secret?")
		}
		if e.saysAnything(ws[o:], nil) {
			break // no doubt of this kind, but it may be a lesser side ("or is it based on sources")
		}
		return ws[:o], true
	}
	return lesserDoubt(ws, e.an.usage.hearsay)
}

// lesserDoubt returns ws without the lesser side a question of
// confirming puts after it ("is that confirmed or just reports?", "is it
// verified or only claims?"), and whether it had one: that side is the
// doubt that makes the asker ask, not a second thing to be answered (as an
// alternative alone, "reports" would ask what the report says).
func lesserDoubt(ws []string, hearsay map[string]bool) ([]string, bool) {
	for o := len(ws) - 3; o >= 2; o-- {
		if ws[o] != "or" || !lesser[ws[o+1]] || !confirming[ws[o-1]] || len(ws)-o > 4 {
			continue
		}
		if !slices.ContainsFunc(ws[:o], func(w string) bool { return beAux[w] || doAux[w] }) {
			return ws, false
		}
		return ws[:o], true
	}
	return hearsayDoubt(ws, hearsay)
}

// hearsayDoubt returns ws without a lesser side put as the report's
// leaning on hearsay ("is it actually confirmed that North Korea sent
// troops, or is the report relying on claims?"), and whether it had one:
// after a question of confirming, a side that only says the report goes
// on what others claim (hearsay, the pack's [usage] hearsay nouns, and
// the words around them); the report's own hedge (who says so) answers it.
func hearsayDoubt(ws []string, hearsay map[string]bool) ([]string, bool) {
	o := slices.Index(ws, "or")
	if o < 2 || len(ws)-o > 11 || slices.Contains(ws[o+1:], "or") {
		return ws, false
	}
	before, side := ws[:o], ws[o+1:]
	if !slices.ContainsFunc(before, func(w string) bool { return confirming[w] }) ||
		!slices.ContainsFunc(before, func(w string) bool { return beAux[w] || doAux[w] }) {
		return ws, false
	}
	if !slices.ContainsFunc(side, func(w string) bool { return hearsay[w] }) ||
		slices.ContainsFunc(side, func(w string) bool {
			return !hearsay[w] && !hearsayFrame[w] && !beAux[w] && !doAux[w] && !lesser[w]
		}) {
		return ws, false
	}
	return before, true
}

var (
	// hearsayFrame are the words around the pack's hearsay nouns in a
	// doubt ("relying on claims")
	hearsayFrame = setOf("the", "it", "this", "that", "they", "report", "article", "story", "author", "relying", "rely", "relies", "based", "going", "resting", "on", "off", "of", "someone's", "others'", "unverified", "unconfirmed", "a", "matter", "rather", "still", "mostly", "mainly",
		// "relying on what certain governments are saying"
		"what", "certain", "some", "other", "governments", "countries", "officials", "others")
	// lesser words open the lesser side of a doubt ("or just reports")
	lesser = setOf("just", "only", "merely", "simply", "mere")
	// confirming words are what the doubt is set against
	confirming = setOf("confirmed", "verified", "proven", "proved", "true", "official", "real", "legit", "accurate", "certain", "fact", "established")
)

// doubtSubjects stand for what the question asks of, in a doubt after it.
var doubtSubjects = setOf("it", "that", "this", "they", "he", "she")
