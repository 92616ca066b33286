package knowledge

import "strings"

// Chat sets what it turns away after what it means with no comma: "it's
// the foreign minister not the president", "it says phone call not a
// meeting". The "not the Y" is a clause of its own, as it is after a
// comma, so that the core (core.go) leaves it out when it names nothing
// the pack knows, and the statement is read by what it means. Only a
// short one ending its sentence is such a clause ("it was the military
// not the ministry but I can't remember which body" goes on), and a "not"
// after a verb negates it ("is not a", "did not the"): no clause.

// contrastStarts are the openings of such a clause.
var contrastStarts = [...]string{" not the ", " not a ", " not an "}

// notNegating are the words before "not" that it negates, not contrasts.
var notNegating = setOf("is", "are", "was", "were", "be", "been", "do", "does", "did", "has", "have", "had",
	"can", "could", "will", "would", "should", "may", "might", "must", "it's", "that's", "s", "why", "or", "and", "if", "but")

// contrastCuts returns the byte offsets in s where a contrast clause
// starts (the space before its "not"), in order. The starts are ASCII and
// found in any case on s itself: a lowered copy would cost an allocation
// on every clause split, and may not keep s's offsets.
func contrastCuts(s string) []int {
	var out []int
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' {
			continue // every start opens with a space
		}
		n := contrastAt(s, i)
		if n == 0 {
			continue
		}
		prev := s[:i]
		if k := strings.LastIndexAny(prev, " ,;:'"); k >= 0 {
			prev = prev[k+1:]
		}
		if prev == "" || notNegating[strings.ToLower(prev)] { // (no copy unless prev has a capital)
			continue
		}
		rest := strings.TrimRight(s[i:], " .!?")
		if fieldCount(rest) > 4 || strings.ContainsAny(rest, ",;:") {
			continue // only a short contrast ending the sentence: "not the ministry but ..." goes on
		}
		out = append(out, i)
	}
	return out
}

// contrastAt returns the length of the contrast start at s[i], in any
// ASCII case, or 0.
func contrastAt(s string, i int) int {
	for _, start := range contrastStarts {
		if i+len(start) <= len(s) && asciiFoldEqual(s[i:i+len(start)], start) {
			return len(start)
		}
	}
	return 0
}

// asciiFoldEqual reports whether s is low (lower-case ASCII) in any
// ASCII case.
func asciiFoldEqual(s, low string) bool {
	for j := range len(low) {
		c := s[j]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != low[j] {
			return false
		}
	}
	return true
}

// fieldCount counts the words of s, as strings.Fields would split it, without
// making them.
func fieldCount(s string) int {
	n := 0
	for range strings.FieldsSeq(s) {
		n++
	}
	return n
}
