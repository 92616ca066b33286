package knowledge

import (
	"regexp"
	"strings"
)

// Roleplayers open or close a message with an action between asterisks
// ("*tilts head* is it North Korea's first war?", "... which website
// *sniffs*"): what the writer's character does, no part of the question.
// Its words would be read as the question's ("tilts head" a head of
// something). An action is a lower-case verb of the third person ("tilts",
// "wags", "curls up") opening a span of a few words, at the message's
// start or end; an asterisk that stresses a word ("*really*", "*is* it")
// opens no such verb, and one in the middle of the question is left.

var emoteSpan = regexp.MustCompile(`^\s*\*([a-z][a-z ]{0,40})\*|\*([a-z][a-z ]{0,40})\*\s*$`)

// withoutEmote returns s without the roleplay actions that open or close
// it.
func withoutEmote(s string) string {
	if strings.IndexByte(s, '*') < 0 {
		return s
	}
	return emoteSpan.ReplaceAllStringFunc(s, func(m string) string {
		span := strings.Trim(strings.TrimSpace(m), "*")
		ws := strings.Fields(span)
		if len(ws) == 0 || len(ws) > 4 || !isEmoteVerb(ws[0]) {
			return m
		}
		return " "
	})
}

// isEmoteVerb reports whether w reads as a verb of the third person
// singular ("tilts", "sniffs", "wags"), not a word of the question
// stressed ("is", "this", "does", "was").
func isEmoteVerb(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !stopWords[w] && !doAux[w] && !beAux[w] && !countingWords[w]
}

// countingWords are plural nouns that count, stressed as often as any word
// ("*thousands* of troops were sent?"): no verb of an action.
var countingWords = setOf("tens", "dozens", "hundreds", "thousands", "millions", "billions", "lots", "loads", "tons", "tonnes")
