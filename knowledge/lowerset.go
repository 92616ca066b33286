package knowledge

import (
	"strings"
	"unicode/utf8"
)

// Several steps ask a word of a list as strings.ToLower(w), to look it up
// and no more: a word with a capital ("How", "Checking") was copied
// lowered for one lookup, at every question. inLowered lowers a short
// ASCII word on the stack, which a map lookup reads with no copy.

// inLowered reports whether set holds strings.ToLower(w).
func inLowered(set map[string]bool, w string) bool {
	var buf [32]byte
	if len(w) > len(buf) {
		return set[strings.ToLower(w)]
	}
	b := buf[:len(w)]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return set[strings.ToLower(w)] // (beyond ASCII, Unicode's lower case)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return set[string(b)]
}

// hasLoweredSuffix reports whether strings.ToLower(s) ends in suffix, a
// lower-case ASCII one, comparing an ASCII s in place.
func hasLoweredSuffix(s, suffix string) bool {
	if !isASCII(s) {
		return strings.HasSuffix(strings.ToLower(s), suffix) // (lowered, it may change its length)
	}
	if len(s) < len(suffix) {
		return false
	}
	tail := s[len(s)-len(suffix):]
	for i := 0; i < len(tail); i++ {
		if lowerASCII(tail[i]) != suffix[i] {
			return false
		}
	}
	return true
}
