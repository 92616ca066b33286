package knowledge

import (
	"slices"
	"strings"
)

// A remark after a question may end with a tag of its own ("Is it true
// that the North Korean soldiers are fighting in Kharkiv? I read this in
// an other article but here I think it is different, no?"): the tag asks
// the reader to agree with what the asker says of their reading, not of
// the report, so the sentence is a remark, and the question before it is
// what is asked. Only a sentence the asker opens of themselves ("I read",
// "I think") and that has no question word is such a remark; a claim with
// a tag ("North Korea sent troops, right?") asks its own check.

// taggedRemark reports whether s is the asker's own remark with a tag
// after it.
func taggedRemark(s string) bool {
	s = strings.TrimSpace(s)
	i := strings.LastIndexByte(s, ',')
	if i < 0 || !strings.HasSuffix(s, "?") {
		return false
	}
	tag := sentenceWords(s[i+1:])
	if len(tag) == 0 || len(tag) > 2 || !allRemarkTagWords(tag) {
		return false
	}
	rest := s[:i]
	ws := sentenceWords(rest)
	return len(ws) > 2 && ws[0] == "i" && remarkVerbs[ws[1]] && !slices.ContainsFunc(ws, isQuestionWord)
}

// remarkVerbs follow the asker's "I" in a remark of their own reading.
var remarkVerbs = setOf("read", "think", "saw", "heard", "guess", "thought")

// remarkTagWords make a tag after a remark (", no?", ", right?", ", or not?").
var remarkTagWords = setOf("no", "right", "yes", "yeah", "ok", "okay", "eh", "or", "not", "true", "huh")

func allRemarkTagWords(ws []string) bool {
	return !slices.ContainsFunc(ws, func(w string) bool { return !remarkTagWords[w] })
}
