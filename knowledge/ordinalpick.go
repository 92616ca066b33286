package knowledge

// A reply to "Who do you mean? I can tell you about Cho Tae-yul or
// Kyrylo Budanov." may pick by place, not by name ("the first one", "the
// latter"): the one offered in that place, in the order the question
// asked back named them. Read as words of the report instead, "first"
// would ask of North Korea's first war since the 1950s.

var (
	// pickFirst and pickLast say which of the names offered is meant.
	pickFirst = setOf("first", "1st", "former")
	pickLast  = setOf("second", "2nd", "latter", "last")
	// pickWords may stand around the word that picks ("the first one").
	pickWords = setOf("the", "one", "guy", "person", "name", "please", "ok", "okay", "oh", "sorry", "i", "mean", "meant")
)

// ordinalPick returns the referent of offered that reply picks by its
// place: the first or the last of the distinct names asked back with.
// ok is false when the reply says anything more, or fewer than two names
// were offered.
func (e *Engine) ordinalPick(offered []referent, reply []string) (referent, bool) {
	var names []string
	var distinct []referent
	for _, rf := range offered {
		name := e.nameAskedBack(rf)
		if !contains(names, name) {
			names = append(names, name)
			distinct = append(distinct, rf)
		}
	}
	if len(distinct) < 2 {
		return referent{}, false
	}
	which := -1
	for _, w := range reply {
		switch {
		case pickFirst[w] && which < 0:
			which = 0
		case pickLast[w] && which < 0:
			which = len(distinct) - 1
		case pickWords[w]:
		default:
			return referent{}, false
		}
	}
	if which < 0 {
		return referent{}, false
	}
	return distinct[which], true
}
