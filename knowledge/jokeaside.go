package knowledge

import (
	"regexp"
	"strings"
)

// A chatter sets a joke in brackets beside the question ("which country
// controls the kursk region (not a minecraft biome lmao)", "how many were
// sent (asking for my cat lol)"): the laugh inside marks the brackets as an
// aside to the room, no part of what is asked. Its words ("minecraft",
// "biome", "cat") would be read as the question's and turn it down as asking
// of things the report does not name. A bracket without a laugh ("(the
// KN-23)", "(in 2024)") says something of the question and is kept.

var bracketSpan = regexp.MustCompile(`\([^()]{1,80}\)`)

// laughWord matches the laughs that close a joke in chat: "lol", "lmao",
// "haha", Brazil's "kkkk", "xd", "jk".
var laughWord = regexp.MustCompile(`^(?:lo+l+|lmf?a+o+|rofl|ha(?:ha)+h?|he(?:he)+|k{3,}|xd+|jk|jkjk|ahah\w*)$`)

// withoutJokeAside returns s without the bracketed asides that laugh.
func withoutJokeAside(s string) string {
	if strings.IndexByte(s, '(') < 0 {
		return s
	}
	return bracketSpan.ReplaceAllStringFunc(s, func(m string) string {
		for _, w := range strings.Fields(strings.ToLower(strings.Trim(m, "()"))) {
			if laughWord.MatchString(strings.Trim(w, ".,!?:;")) {
				return " "
			}
		}
		return m
	})
}
