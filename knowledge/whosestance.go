package knowledge

// "What's their position on the POW transfer?" with no one named before:
// whose position is all the question asks, so the possessive cannot be
// dropped as one that says whose within the question ("their losses" of
// the troops the question is about) may be. It is asked back, as "he" and
// "she" are.

// stanceNouns are what one holds of something: a position, a view.
var stanceNouns = setOf("position", "positions", "stance", "view", "views", "take", "opinion", "opinions", "response", "reaction", "attitude", "stand", "thoughts")

// whoseStance reports whether reference r of ws is a possessive before
// a stance ("their position").
func whoseStance(ws []string, r reference) bool {
	return r.poss && r.end < len(ws) && stanceNouns[ws[r.end]]
}
