package knowledge

import "slices"

// A request may open with a verb that only says how to answer: "Break down
// the two casualty estimates", "break it down for me: ...". Read there, it
// asks the thing after it; read elsewhere, the same words are what the
// question asks of ("did the talks break down?", "does the report break
// down the 4,000 by unit?"). A sense's neighbour "@start" chooses it only
// where it opens the request (see opensRequest).

// opensRequest reports whether the word at i opens the request: no term
// read before it (only fillers and stop words: "please", "can you", "ok
// so"), and no question word nor auxiliary before it that asks of a
// subject, but one that asks the bot ("can you", "could u").
func opensRequest(ws []string, i int, terms []term) bool {
	if len(terms) > 0 {
		return false
	}
	for k, w := range ws[:i] {
		if whWords[w] || beAux[w] {
			return false
		}
		if doAux[w] && !(k+1 < i && askedOfBot[ws[k+1]]) {
			return false
		}
	}
	return !slices.Contains(ws[:i], "not")
}

// askedOfBot are the words after an auxiliary that ask the bot to do a
// thing ("can you", "could u", "would ya").
var askedOfBot = setOf("you", "u", "ya", "yall", "someone", "somebody", "anyone", "anybody")
