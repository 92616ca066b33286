package knowledge

import "strings"

// requested returns the question a request asks ("I have been following
// the news regarding the North Korean soldiers in Russia and would be
// grateful if someone could tell me which South Korean official proposed
// receiving the prisoners"), and whether there is one: the words after
// the last "tell me" or "to know" that open with a question word, or a
// preposition and one ("by what means", "in which region"). What comes
// before it is the asker's courtesy and what they have been reading,
// whose names, read with the question, sink it.
func requested(question string) (string, bool) {
	low := " " + strings.ToLower(question) + " "
	at := -1
	for _, m := range requestMarkers {
		if i := strings.LastIndex(low, m); i >= 0 && i+len(m)-1 > at {
			at = i + len(m) - 1 // (low has a space more before)
		}
	}
	if at < 0 || at >= len(question) {
		return "", false
	}
	rest := strings.TrimSpace(question[at:])
	ws := strings.Fields(strings.ToLower(rest))
	if len(ws) < 3 {
		return "", false
	}
	if asksWithin(ws[0]) || len(ws) > 1 && prepositions[ws[0]] && asksWithin(ws[1]) {
		return rest, true
	}
	return "", false
}

// asksWithin reports whether a word opens a question asked within a
// request: a question word, or "whether".
func asksWithin(w string) bool {
	return isQuestionWord(w) || w == "whether"
}

// requestMarkers end a request for an answer, before the question it
// asks.
var requestMarkers = []string{" tell me ", " to know ", " let me know ", " inform me ", " enlighten me ", " advise me "}
