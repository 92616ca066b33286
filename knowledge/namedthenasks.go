package knowledge

import "slices"

// A reply to a question asked back that opens with a name and then asks
// a question of its own ("sk joint chiefs, what they saying" after "is
// that confirmed?" was asked back) is a new question with its topic put
// first, not what "that" meant: read as the reply, the question asked
// back would be asked of its answer.

// namedThenAsks reports whether reply opens with a name (an entity) and
// has a question word after it with more words following.
func namedThenAsks(reply []string, an analysis) bool {
	if len(an.terms) == 0 || an.terms[0].pos != 0 || an.terms[0].kind != KindEntity {
		return false
	}
	k := slices.IndexFunc(reply[1:], func(w string) bool { return whWords[w] })
	return k >= 0 && k+2 < len(reply)
}
