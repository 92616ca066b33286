package knowledge

import "slices"

// figureDropped reports whether the reading at of the question an drops
// the figure it asks for and keeps nothing else asked of: a question of a
// measure (killed, injured: a key), of a number, or of how many, read
// as names alone, or as names and "how many" alone. "the report gives two
// casualty numbers for the NK troops, what are they?" read as "north
// korea" asks who North Korea is, and "3k dead or hurt but then 4k
// fatalities?? which is it" read as "ukraine how many" asks how many
// troops were sent: any entry that answers such a reading answers another
// question. (A reading that keeps a word of the question still asks of
// it: "Russians or Ukrainians?" after "who is in charge".)
func figureDropped(an, at analysis) bool {
	figure := func(t term) bool { return t.kind == KindKey || isNumber(t.text) }
	counts := func(t term) bool { return t.kind == KindQuestion && t.text == howMany }
	// a name or a kind of question keeps nothing asked of ("thousands",
	// a word of its own, still does: "a precise number, or just
	// 'thousands'?")
	named := func(t term) bool {
		return t.kind == KindEntity || t.kind == KindRole || t.kind == KindQuestion || t.text == howTerm
	}
	if slices.ContainsFunc(at.terms, func(t term) bool { return !named(t) }) {
		return false
	}
	return slices.ContainsFunc(an.terms, figure) || slices.ContainsFunc(an.terms, counts) && !slices.ContainsFunc(at.terms, counts)
}
