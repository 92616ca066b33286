package knowledge

import "strings"

// A message that says it asks several things ("two things: are the nk
// troops being monitored, and is the 4000 death figure an estimate?",
// "2 questions: ...") has no premise: each clause after the count is a
// question of its own, and an answer to the last alone would read as the
// answer to all. cutPremise does not cut such a message; the parts are
// answered each (compose.go) or the message is declined.

// partCounts are the words that count the things a message asks.
var partCounts = map[string]bool{"two": true, "2": true, "three": true, "3": true, "couple": true, "few": true}

// partNouns are what such a count counts.
var partNouns = map[string]bool{"things": true, "questions": true, "qs": true, "parts": true, "q's": true}

// announcesParts reports whether text opens by counting the things it
// asks ("two things:", "a couple of questions -", "Two quick questions:").
func announcesParts(text string) bool {
	ws := splitWords(strings.ToLower(text))
	if len(ws) > 6 {
		ws = ws[:6]
	}
	counted := false
	for _, w := range ws {
		switch {
		case partCounts[w]:
			counted = true
		case counted && partNouns[w]:
			return true
		}
	}
	return false
}
