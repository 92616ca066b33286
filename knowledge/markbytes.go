package knowledge

import (
	"bytes"
	"slices"
	"strings"
)

// A markSet is a short list of marks (lower-case ASCII byte strings, two
// bytes or longer) that a step's trigger words hold, compiled once at
// init for holdsMark. Every question is asked of several such sets, at
// each reading of it, and nearly every one holds none of their marks: the
// set keeps a bit for each mark's first two bytes, so that a pass over a
// question tries the marks only where a pair of its bytes opens one.
// Testing first bytes alone let about a third of a question's bytes
// through ("t", "a", "w" open many marks and most words), each then tried
// against every mark.
type markSet struct {
	marks [][]byte
	// pairs has the bit pairBit gives each mark's first two bytes.
	pairs [pairWords]uint64
}

// pairWords is the size of a markSet's pair bits, in words of 64.
const pairWords = 64

// pairBit is the bit of two lowered bytes in a markSet's pairs: the low
// six bits of each, which keep the letters apart (a few marks share a bit
// with a letter, "'" with "g", and are then only tried more often).
func pairBit(c0, c1 byte) uint {
	return uint(c0&63)<<6 | uint(c1&63)
}

// marksOf returns the markSet of words, each lower-case ASCII and of two
// bytes or more (the sets are the engine's own, fixed at init).
func marksOf(words ...string) *markSet {
	m := &markSet{marks: make([][]byte, len(words))}
	for i, w := range words {
		if len(w) < 2 || strings.ToLower(w) != w {
			panic("markSet: mark not lower case, or shorter than two bytes: " + w)
		}
		m.marks[i] = []byte(w)
		b := pairBit(w[0], w[1])
		m.pairs[b>>6] |= 1 << (b & 63)
	}
	return m
}

// union is the markSet of the marks of all of sets.
func union(sets ...*markSet) *markSet {
	var ws []string
	for _, s := range sets {
		for _, m := range s.marks {
			ws = append(ws, string(m))
		}
	}
	return marksOf(ws...)
}

// holdsMark reports whether s holds one of the marks of set, in any case.
// It is the cheap pre-check of a step that only a question holding one of
// a few words can concern (mayRequest, mayAskWording): nearly every
// question holds none. One pass over s says so, lowering each byte as it
// goes: a search per mark, each over a lowered copy, cost more than this
// one pass, with a dozen marks. A message longer than maxMarkedLen is
// lowered as a whole (strings.ToLower, which lowers some letters not
// ASCII to ASCII ones: the Kelvin sign to "k"), as it always was, so that
// the check is what it was for every message.
func holdsMark(s string, set *markSet) bool {
	if len(s) > maxMarkedLen {
		low := []byte(strings.ToLower(s))
		return slices.ContainsFunc(set.marks, func(w []byte) bool { return bytes.Contains(low, w) })
	}
	if len(s) < 2 {
		return false
	}
	// each byte lowered once, by table, and kept as the next pair's first
	c0 := lowerTable[s[0]]
	for i := 1; i < len(s); i++ {
		c1 := lowerTable[s[i]]
		if b := pairBit(c0, c1); set.pairs[b>>6]&(1<<(b&63)) != 0 && set.opensAt(s, i-1, c0, c1) {
			return true
		}
		c0 = c1
	}
	return false
}

// opensAt reports whether a mark of set, whose first two bytes are c0
// and c1, is in s at i (in any case).
func (set *markSet) opensAt(s string, i int, c0, c1 byte) bool {
marks:
	for _, m := range set.marks {
		if m[0] != c0 || m[1] != c1 || len(s)-i < len(m) {
			continue
		}
		for j := 2; j < len(m); j++ {
			if lowerTable[s[i+j]] != m[j] {
				continue marks
			}
		}
		return true
	}
	return false
}

// lowerTable is lowerASCII of every byte, as a table: holdsMark lowers
// every byte of every message several times.
var lowerTable = func() (t [256]byte) {
	for c := range t {
		t[c] = lowerASCII(byte(c))
	}
	return t
}()

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
