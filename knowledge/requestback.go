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

// pointerSubject reports whether the request ws asks whether what came
// before it is so, its pointer the subject of a "be" right after
// "whether" or "if" ("whether that is what the article says", "if this
// is right", "whether that's true"); "whether that proposal was
// accepted" names its own thing.
func pointerSubject(ws []string) bool {
	if len(ws) < 2 || ws[0] != "whether" && ws[0] != "if" {
		return false
	}
	switch w := strings.Trim(ws[1], "?.!,;:"); {
	case w == "that's" || w == "thats" || w == "this's" || w == "that’s":
		return true
	case backPointers[w]:
		return len(ws) > 2 && beAux[strings.Trim(ws[2], "?.!,;:")]
	}
	return false
}

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
	if len(ws) == 0 || !backPointers[strings.Trim(ws[len(ws)-1], "?.!,;:")] && !pointerSubject(ws) {
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

// pointedQuestion returns a message whose request asks whether what it
// said before is so ("I had understood that the proposal was made during
// a visit to Kyiv; would you tell me whether that is what the article
// says?") as what it said and the request put as a question of its own
// ("...; is that right?"), which is read as a claim to check, and
// whether it is one.
func pointedQuestion(s string) (string, bool) {
	r, at, ok := requestedAt(s)
	if !ok {
		return "", false
	}
	if !pointerSubject(strings.Fields(strings.ToLower(r))) || len(strings.Fields(s[:at])) < 4 {
		return "", false
	}
	before := strings.TrimRight(strings.TrimSpace(s[:at]), ",;:")
	// what opens the request ("would you be kind enough to", "could you")
	// is no part of what was said
	if i := strings.LastIndexAny(before, ",;:.!?"); i > 0 {
		before = before[:i]
	}
	// whichever way it asks ("whether that is what the article says",
	// "whether that's right"), it asks whether what was said is so
	return before + "; is that right?", true
}
