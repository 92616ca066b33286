package knowledge

import "slices"

// "And the January casualty tally, whose figure is that?": a thing named
// before a comma, and a question of "that" after it, asks of that thing,
// not of the last answer; it is read as any question (which the premise's
// words complete), not declined as of another entry than the last one.

// premiseThat reports whether question q names, in the premise
// afterPremise cuts from it, a thing alone ("the January casualty tally")
// that the "that" of the question after it stands for. Only the premise's
// last clause or sentence names the thing: what goes before ("Good.",
// "Right,", "Thanks.") acknowledges the last answer, and a word that only
// moves the talk on ("and", "so") is passed over.
func premiseThat(q string) bool {
	premise, question, ok := afterPremise(q)
	if !ok || !slices.Contains(sentenceWords(question), "that") {
		return false
	}
	if cut, skip := lastClauseBreak(premise); cut >= 0 {
		premise = premise[cut+skip:]
	}
	if ss := splitMessage(premise); len(ss) > 1 {
		premise = ss[len(ss)-1]
	}
	before := sentenceWords(premise)
	for len(before) > 0 && movesOn[before[0]] {
		before = before[1:]
	}
	if len(before) < 2 || !premiseOpeners[before[0]] {
		return false
	}
	for _, w := range before {
		if isQuestionWord(w) || beAux[w] || doAux[w] || w == "that" || w == "it" {
			return false
		}
	}
	return true
}

// premiseOpeners open a thing named as a premise: "the ...", "this ...".
var premiseOpeners = setOf("the", "this", "these", "those")
