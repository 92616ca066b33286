package knowledge

import (
	"slices"
	"strings"
)

// A message that asks one question and then remarks on it ("which side
// are the NK troops fighting for? some people on here insist they're just
// 'volunteers' lol") asks the question: the remark is chatter, and its
// words ("volunteers") must not choose the entry that answers it. A
// statement before the question is a premise, and is read with it ("I
// read about the KN-23. What has Russia done to it?"); a remark that asks
// something itself ("first time since when lmao") is a question unmarked.

// trailingRemarks reports whether m is one question, first in message,
// followed only by statements that ask nothing.
func (m *messageSentences) trailingRemarks(message string) bool {
	if len(m.questions) != 1 || len(m.statements) == 0 || !strings.HasPrefix(strings.TrimSpace(message), m.questions[0]) {
		return false
	}
	for _, ws := range m.swords {
		if slices.ContainsFunc(ws, func(w string) bool { return whWords[w] || w == "when" }) {
			return false
		}
	}
	return true
}
