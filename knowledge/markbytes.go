package knowledge

import (
	"bytes"
	"slices"
	"strings"
)

// holdsMark reports whether s holds one of marks (lower-case ASCII), in
// any case; an empty mark is held by every s, as bytes.Contains has it. It is the cheap pre-check of a step that only a
// question holding one of a few words can concern (mayRequest,
// mayAskWording): nearly every question holds none. One pass over s says
// so, lowering each byte as it goes and trying the marks only at a byte
// one of them starts with: a search per mark, each over a lowered copy, cost
// more than this one pass, with a dozen marks. A message longer than
// maxMarkedLen is lowered as a whole (strings.ToLower, which lowers some
// letters not ASCII to ASCII ones: the Kelvin sign to "k"), as it always
// was, so that the check is what it was for every message.
func holdsMark(s string, marks [][]byte) bool {
	if len(s) > maxMarkedLen {
		low := []byte(strings.ToLower(s))
		return slices.ContainsFunc(marks, func(w []byte) bool { return bytes.Contains(low, w) })
	}
	var first [4]uint64 // the bytes a mark starts with, one bit each
	for _, m := range marks {
		if len(m) == 0 {
			return true // (and m[0] below would panic)
		}
		first[m[0]>>6] |= 1 << (m[0] & 63)
	}
	for i := 0; i < len(s); i++ {
		c := lowerASCII(s[i])
		if first[c>>6]&(1<<(c&63)) == 0 {
			continue
		}
	marks:
		for _, m := range marks {
			if m[0] != c || len(s)-i < len(m) {
				continue
			}
			for j := 1; j < len(m); j++ {
				if lowerASCII(s[i+j]) != m[j] {
					continue marks
				}
			}
			return true
		}
	}
	return false
}

// maxMarkedLen is the longest message holdsMark reads a byte at a time
// (lowering only ASCII letters): questions are shorter.
const maxMarkedLen = 256

// lowerASCII is the lower case of an ASCII upper-case letter, and any
// other byte itself.
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
