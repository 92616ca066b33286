package knowledge

import "slices"

// "How do we know the troops in Kursk are being watched?" asks who says
// so (see knowing). Where the report names no one, it still says how it
// knows: the fact is given as reported, stated or estimated ("are
// reportedly being trained and monitored", "it has been stated that
// Russia has enhanced the accuracy"), and the entry that gives it so is
// the answer, its hedge the evidence. An entry that gives the fact
// plainly says nothing of how it is known, and the question stays one of
// who says so, declined; so does a fact found only by another reading
// (one detail of it set aside: "how do we know China made the missiles
// more accurate?").

// hearsayWords in an answer give its fact as reported, not as the
// report's own, without saying by whom.
var hearsayWords = setOf("reportedly", "stated", "estimated", "suggest", "suggests", "alleged", "allegedly", "claimed")

// knownBy returns the words to ask for "how do we know" and rest, the
// words after it: who says rest, when an entry answers that; else rest,
// when the entry answering it gives it as hearsay.
func (e *Engine) knownBy(rest []string) []string {
	rest = tailAskedCut(rest)
	who := append([]string{"who", "says"}, rest...)
	quiet := &trace{quiet: true}
	if e.answer(joinWords(who), quiet).Answered {
		return who
	}
	if a := e.answer(joinWords(rest), quiet); a.Answered && !a.reread && a.EntryID != "" && slices.ContainsFunc(sentenceWords(a.Text), func(w string) bool { return hearsayWords[w] }) {
		return rest
	}
	return who
}

// tailAskedCut cuts from rest a question put after the thing of itself
// ("the 4,000 fatalities, is it stated as fact or estimated?"): it asks
// again how sure the thing is, which the hedge answers, and read with the
// thing it would be a reading of another question. (The comma is gone
// from the words: "is it" after two words or more opens it.)
func tailAskedCut(rest []string) []string {
	for i := 2; i+1 < len(rest); i++ {
		if beAux[rest[i]] && (rest[i+1] == "it" || rest[i+1] == "that" || rest[i+1] == "this") {
			return rest[:i]
		}
	}
	return rest
}
