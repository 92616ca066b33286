package knowledge

import "slices"

// "How sure?" right after a question turned down ("and by february how
// many of them dead?", which the report does not answer so) is of that
// question, the last thing asked: there is no answer of it to be sure of.
// Answered from the answer before it (thousands of troops sent), it told
// how sure a figure nobody was asking about is. So a bare question of how
// sure, of nothing it names or points at, is declined after a question
// turned down, as "is that confirmed?" is (lastanswer.go). A question that
// names its figure ("how sure is the 4,000?") is of what it names.

// bareSure reports whether ws, asking ask of the last answer, asks only
// how sure or true it is, naming and pointing at nothing.
func (e *Engine) bareSure(ws []string, ask string) bool {
	if ask != askCertainty && ask != askTruth || len(findReferences(ws)) > 0 {
		return false
	}
	return !e.hasTopic(slices.DeleteFunc(slices.Clone(ws), func(w string) bool {
		return classOf(w).is(askingClass|sureClass|trueClass|stopClass) || e.an.isFillerWord(w)
	}))
}
