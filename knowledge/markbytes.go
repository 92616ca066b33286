package knowledge

import (
	"bytes"
	"slices"
	"strings"
)

// holdsMark reports whether s holds one of marks (lower-case ASCII), in any
// case. It is the cheap pre-check of a step that only a question holding
// one of a few words can concern (mayRequest, mayAskWording): nearly every
// question holds none, and a few byte searches in a copy lowered on the
// stack say so before a regexp runs or the message is cut into words. A
// message too long for the stack is lowered on the heap, so that the check
// is still exact.
func holdsMark(s string, marks [][]byte) bool {
	var buf [256]byte
	var low []byte
	if len(s) <= len(buf) {
		low = buf[:len(s)]
		for i := range len(s) {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			low[i] = c
		}
	} else {
		low = []byte(strings.ToLower(s))
	}
	return slices.ContainsFunc(marks, func(w []byte) bool { return bytes.Contains(low, w) })
}
