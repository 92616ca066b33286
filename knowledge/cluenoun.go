package knowledge

import (
	"regexp"
	"strings"
)

// A trivia clue opens with a noun naming the kind of its answer, and no
// question word: "Month of the 3,000 casualty figure?", "Month by which
// about 4,000 had died?", "Medium of Cho's proposal: call or cable?". The
// noun is what a "what" question would ask ("what month", "what
// medium"), and, read as a term, it is a word no entry speaks of, which
// sinks the question. So the clue is asked as the question it stands for
// ("What month was the 3,000 casualty figure?", "By what month about
// 4,000 had died?"), under every guard a question is; a question the
// report does not answer that way ("Month of Cho's phone call?") is read
// whole, and declined as before.

// clueNouns name the kind of an answer a clue may open with.
var clueNouns = setOf("month", "year", "date", "day", "week", "medium", "means", "place", "location", "country",
	"city", "region", "time", "season")

// clueNounFrame is a clue: its noun, how it joins the thing ("of", "by
// which", ...), and the thing.
var clueNounFrame = regexp.MustCompile(`(?i)^\s*([a-z]+)\s+(of|by which|in which|on which|during which|at which|from which|when)\s+(\S.*)$`)

// clueNounAsked returns the question a clue opening with the kind of its
// answer stands for, and whether message is one: one sentence, its first
// word a clue noun, then "of" or "by which" and the thing.
func clueNounAsked(message string) (string, bool) {
	i := strings.IndexFunc(message, func(r rune) bool { return r == ' ' })
	if i <= 0 || !inLowered(clueNouns, strings.TrimSpace(message[:i])) || severalSentences(message) {
		return "", false
	}
	m := clueNounFrame.FindStringSubmatch(message)
	if m == nil {
		return "", false
	}
	noun, link, thing := strings.ToLower(m[1]), strings.ToLower(m[2]), m[3]
	switch link {
	case "of":
		return "What " + noun + " was " + thing, true
	case "when":
		return "In what " + noun + " " + thing, true
	}
	prep, _, _ := strings.Cut(link, " ")
	return upperFirst(prep) + " what " + noun + " " + thing, true
}
