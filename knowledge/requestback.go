package knowledge

import (
	"strings"
)

// A request may ask of what the message said before it: "I heard there
// might be more North Korean soldiers sent to Russia soon can you tell me
// who said that". Its "that" (or "this") points back at the words before
// the request, and the request alone ("who said that") asks of nothing, or
// of whatever a like question was last answered of: someone else's saying.
// Such a request is not asked alone (see requestedQuestion); the message is
// read whole, the words the pronoun stands for with it.

// backPointers end a request that asks of what came before it.
var backPointers = setOf("that", "this")

// questionTags close a request after a comma without asking more.
var questionTags = setOf("right", "yes", "no", "eh", "ok", "okay", "yeah")

// requestPointsBack reports whether the request r, found at the end of the
// message s, ends in a word pointing back and s says something (three
// words or more) before the request.
func requestPointsBack(s, r string) bool {
	ws := strings.Fields(strings.ToLower(r))
	if n := len(ws); n > 1 && questionTags[strings.Trim(ws[n-1], "?.!,;:")] && strings.HasSuffix(ws[n-2], ",") {
		ws = ws[:n-1] // "who said that, right?"
	}
	if len(ws) == 0 || !backPointers[strings.Trim(ws[len(ws)-1], "?.!,;:")] {
		return false
	}
	i := strings.LastIndex(s, r)
	if i < 0 {
		return false
	}
	return len(strings.Fields(s[:i])) >= 3+2 // the request's marker ("tell me") and three words
}
