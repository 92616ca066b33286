package knowledge

import (
	"slices"
	"strings"
)

// A claim may be put to check as a question that opens with "is" or
// "are" ("Is the original source of this article newsukraine.rbc.ua?",
// "Is Cho Tae-yul South Korea's foreign minister?"): it asks yes or no of
// what the words after the verb state, as "the source is
// newsukraine.rbc.ua, right?" does. Its claim is those words, and the
// entry answering it opens with "Yes." only as for any claim put to
// check: when it states every word of it (see confirmsRead). A question of
// more than one sentence or clause, or with a question word, an "or", or
// a negation, is left as it was.

// copulaClaim returns the words of the claim a question opening with "is"
// or "are" puts to check.
func copulaClaim(question string, tr *trace) ([]string, bool) {
	s := strings.TrimSpace(question)
	if !strings.HasSuffix(s, "?") || strings.Count(s, "?") > 1 || strings.ContainsAny(s, ",;:\n") {
		return nil, false
	}
	// (its words are those of s without the mark, which cuts nothing: s
	// as the turn read it, not cut again)
	ws := tr.readWords(s)
	if len(ws) < 3 || ws[0] != "is" && ws[0] != "are" {
		return nil, false
	}
	if slices.ContainsFunc(ws[1:], func(w string) bool {
		return isQuestionWord(w) || negations[w] || w == "or" || w == "it" || w == "there"
	}) {
		return nil, false
	}
	return slices.Clone(ws[1:]), true
}
