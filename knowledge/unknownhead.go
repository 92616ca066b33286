package knowledge

import "slices"

// A premise that names a thing the pack has no synonym for by whose it is
// ("Pyongyang's reaction to the Seoul offer: what was it?") has that thing
// for its head: the question's "it" stands for the reaction, which the
// report never gives, not for the last name in the premise (Seoul), whose
// offer the report does give. Read as Seoul, the question would be answered
// with what Seoul says.

// unknownHead reports whether the premise pr opens with a name written as
// a possessive or a nationality adjective ("Pyongyang's", "Russian")
// before a word no synonym reads and no stop word is: the head of the
// premise, which the pack knows, if at all, as a plain word. The question
// is then asked as it stands.
func unknownHead(pr analysis) bool {
	if len(pr.terms) == 0 {
		return false
	}
	first := pr.terms[0]
	if first.kind != KindEntity || !first.qualifier || first.modifies < 0 || first.modifies >= len(pr.words) {
		return false
	}
	for _, w := range pr.words[:first.pos] {
		if !stopWords[w] {
			return false // not what the premise opens with
		}
	}
	m := first.modifies
	if stopWords[pr.words[m]] || isDigit(pr.words[m][0]) {
		return false
	}
	return !slices.ContainsFunc(pr.terms, func(t term) bool { return m >= t.pos && m < t.end && t.kind != "" })
}
