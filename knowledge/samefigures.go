package knowledge

import "slices"

// "Is that a lot?" after over 3,000 killed or injured asks of those
// figures, and the entry that answers it (the report calls the losses
// severe) is another than the last answer's. Another entry answering a
// question about the last answer is declined, as a rule, since it speaks
// of something else; not one that gives the last answer's figures: it
// speaks of the same.

// givesFiguresOf reports whether the answer of entry other gives every
// figure the answer of entry last gives first (not in an aside), and last
// gives one at least.
func (e *Engine) givesFiguresOf(other, last int) bool {
	main := e.facts[last].main
	return len(main) > 0 && !slices.ContainsFunc(main, func(f string) bool { return !e.facts[other].stems[snowball(f)] })
}
