package knowledge

import "slices"

// A learner or a Singlish asker puts "already" after the verb ("they come
// already to Seoul?", "went already to Russia?"). The pack's phrases of a
// move keep the verb with its preposition ("come to"), so the "already"
// between them would leave the move unread and the question one of the
// place alone, which an entry naming the place in another act answered.
// alreadyAfter puts it before the verb, where it still marks the act as
// asked done.

// alreadyBefore are the prepositions of a move or a place after which the
// verb's "already" is put back.
var alreadyBefore = setOf("to", "into", "in", "at")

// alreadyAfter reads "V already to" as "already V to", not after an
// auxiliary ("are already in Seoul" is a statement's order).
func alreadyAfter(ws []string) []string {
	for i := 1; i+1 < len(ws); i++ {
		if ws[i] != "already" || !alreadyBefore[ws[i+1]] {
			continue
		}
		if v := ws[i-1]; beAux[v] || doAux[v] || stopWords[v] && !moveVerbs[v] {
			continue
		}
		out := slices.Clone(ws)
		out[i-1], out[i] = "already", ws[i-1]
		return out
	}
	return ws
}

// moveVerbs are the verbs of a move that are stopwords otherwise.
var moveVerbs = setOf("come", "came", "go", "went", "gone", "get", "got")
