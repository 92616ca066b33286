package knowledge

import "slices"

// A question relayed, then asked again in a few words ("A patron is
// curious which Ukrainian official Cho spoke to on the phone. Who was
// it?", "A patron asked when the army crossed into Kursk. When was
// that?"): the premise itself asks, with a question word inside it, and
// the pronoun after stands for what it asks, not for the last name it
// holds. Asked with Cho for "it", "who was it?" would be answered by who
// Cho is. So such a question is read as the whole, premise and all.

// asksPremiseAgain reports whether ws, the question after premise, only
// asks again what the premise asks: a question word, a form of "be" and
// a pronoun ("who was it", "which are they"), after a premise with a
// question word of its own.
func asksPremiseAgain(premise string, ws []string) bool {
	if len(ws) != 3 || !isQuestionWord(ws[0]) || !beAux[ws[1]] || !guessSubjects[ws[2]] {
		return false
	}
	return slices.ContainsFunc(sentenceWords(premise), isQuestionWord)
}
