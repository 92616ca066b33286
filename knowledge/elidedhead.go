package knowledge

// elidedHead reports whether owner, a name in the possessive, owns the word
// head, and the name next, also in the possessive, owns nothing written:
// "Ukraine's figure, Seoul's, or Washington's" offers three owners of one
// figure, the word said once after the first. The names are the
// alternatives, not the first name's word and the next name.
func elidedHead(owner, head, next term, ws []string) bool {
	return owner.kind == KindEntity && owner.qualifier && owner.modifies == head.pos && ownsNothing(next, ws)
}

// ownsNothing reports whether t is a name in the possessive whose word is
// not written: the end, or a word joining a list, comes after its "'s".
func ownsNothing(t term, ws []string) bool {
	return t.kind == KindEntity && t.qualifier && t.modifies >= 0 && !(t.modifies < len(ws) && ownedWord(ws[t.modifies]))
}

// ownedWord reports whether w can be the word a possessive owns, not the
// "or", "and" or end of a list of owners ("Seoul's, or ...").
func ownedWord(w string) bool {
	return !listJoins[w]
}

// listJoins join the items of a list, after which a possessive owns no word.
var listJoins = setOf("or", "and", "nor", "vs", "versus")
