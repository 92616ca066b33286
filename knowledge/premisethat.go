package knowledge

import (
	"slices"
	"strings"
)

// "And the January casualty tally, whose figure is that?": a thing named
// before a comma, and a question of "that" after it, asks of that thing,
// not of the last answer; it is read as any question (which the premise's
// words complete), not declined as of another entry than the last one.

// premiseThat reports whether question q names, before its last comma,
// a thing alone ("the January casualty tally") that the "that" after the
// comma stands for.
func premiseThat(q string) bool {
	at := strings.LastIndex(q, ",")
	if at < 0 {
		return false
	}
	after := sentenceWords(q[at+1:])
	if len(after) == 0 || !slices.Contains(after, "that") {
		return false
	}
	before := sentenceWords(q[:at])
	for len(before) > 0 && (movesOn[before[0]] || before[0] == "good" || before[0] == "right" || before[0] == "thanks") {
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
