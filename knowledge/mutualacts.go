package knowledge

// An act done together is done by each with the other: whoever works
// with North Korea's troops, they work with. "Who's helping nk troops get
// combat experience?" (helping to get is working with: see the senses of
// "help") is answered by an entry whose answer says they gain it "through
// collaboration with Russian forces", though it says so of North Korea: the
// one it names as the partner is the one asked for.

// mutualActs are the pack's concepts of acts done together, where the
// partner of one is a doer of the act too.
var mutualActs = setOf("collaborate")

// answersMutual reports whether the entry's answer names a partner of an
// act done together the question ts speaks of, one the question does not
// name (see mutualActs).
func (ie *indexedEntry) answersMutual(ts []term) bool {
	for _, a := range ts {
		if a.kind == KindWord && mutualActs[a.text] && unnamedIn(ts, ie.partners[a.text]) {
			return true
		}
	}
	return false
}
