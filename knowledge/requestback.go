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

// requestPointsBack reports whether the request r ends in a word
// pointing back and the message says something before the request's
// marker (before, the words ahead of "tell me", "wondering", "is asking
// me to find out about"): three words or more, not counting the pack's
// filler ("can you", "please") that only opens the request.
func (a *analyzer) requestPointsBack(before, r string) bool {
	ws := strings.Fields(strings.ToLower(r))
	if n := len(ws); n > 1 && questionTags[strings.Trim(ws[n-1], "?.!,;:")] && strings.HasSuffix(ws[n-2], ",") {
		ws = ws[:n-1] // "who said that, right?"
	}
	if len(ws) == 0 || !backPointers[strings.Trim(ws[len(ws)-1], "?.!,;:")] {
		return false
	}
	said := sentenceWords(before)
	stems := make([]string, len(said))
	for i, w := range said {
		stems[i] = a.stem(w)
	}
	n := 0
	for i := 0; i < len(stems); {
		if p, ok := a.match(stems, i, true); ok && p.kind == KindFiller {
			i += len(p.stems)
			continue
		}
		n++
		i++
	}
	return n >= 3
}
