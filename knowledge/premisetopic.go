package knowledge

import "slices"

// A question that only names a topic, then one that asks who says it or
// how sure it is ("and the 4000 deaths? who came up with that
// estimate"): the first is the second's premise, as a bare question word
// after it makes it ("nk is in the ukraine war?? since when"). Answered
// alone, the figure would stand for the question of its source, which the
// report may not give.

// topicThenAsk reports whether topic names something without asking
// (no question word) and then, the next sentence, asks only of the last
// answer's source or certainty, pointing back at it.
func topicThenAsk(topic, then []string) bool {
	if slices.ContainsFunc(topic, isQuestionWord) {
		return false
	}
	switch lastAnswerAsk(then) {
	case askSaidBy, askCertainty:
	default:
		return false
	}
	return slices.ContainsFunc(findReferences(then), func(r reference) bool { return r.want == "that" || r.want == "it" || r.want == "figure" })
}
