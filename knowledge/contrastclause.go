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
// starts (the space before its "not").
func contrastCuts(s string) []int {
	var out []int
	lower := strings.ToLower(s)
	for _, start := range contrastStarts {
		for from := 0; ; {
			i := strings.Index(lower[from:], start)
			if i < 0 {
				break
			}
			i += from
			from = i + 1
			prev := lower[:i]
			if k := strings.LastIndexAny(prev, " ,;:'"); k >= 0 {
				prev = prev[k+1:]
			}
			if prev == "" || notNegating[prev] {
				continue
			}
			if rest := strings.TrimRight(lower[i:], " .!?"); len(strings.Fields(rest)) > 4 || strings.ContainsAny(rest, ",;:") {
				continue // only a short contrast ending the sentence: "not the ministry but ..." goes on
			}
			out = append(out, i)
		}
	}
	return out
}
