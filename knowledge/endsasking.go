package knowledge

import "slices"

// A question may come last in its sentence, after what it asks of, with
// no mark: "first time since when fr", "they sent them from where". A
// sentence that ends, before chat's tails ("fr", "tho", "exactly"), with
// a preposition and a question word asks, as one that opens with them
// does (opensQuestion): it is no remark after the question before it.

// endsAsking reports whether the words end with a preposition and a
// question word, but for chat's tails after them, and hold no question
// word before: a sentence with one earlier ("like what does it count and
// as of when") is read by where that one stands.
func endsAsking(ws []string) bool {
	n := len(ws)
	for n > 0 && (chatTails[ws[n-1]] && !isQuestionWord(ws[n-1]) || ws[n-1] == "exactly") {
		n--
	}
	if n < 2 || !prepositions[ws[n-2]] || !isQuestionWord(ws[n-1]) {
		return false
	}
	return !slices.ContainsFunc(ws[:n-1], isQuestionWord)
}
