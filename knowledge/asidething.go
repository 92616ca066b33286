package knowledge

import "slices"

// A question may set aside a thing the pack knows after asking of one it
// does not ("did russia give nk tanks too, besides the missile stuff"):
// the thing set aside is what the asker already knows, and its words
// would draw the ranking to the entry that gives it, answering of the
// missiles a question of tanks. setAsideDeed drops a deed set aside;
// this drops a thing, when a word before it is one the pack does not
// know, so that the question is read, and declined, by what it asks.

// setAsideThing drops the terms of a trailing "besides [the] X" (or
// "apart from", "other than" ...) whose terms are all plain words, when
// a word before it is unknown to the pack; otherwise ts is returned as
// it is.
func setAsideThing(ws []string, ts []term, unknown []string) []term {
	from := asideFrom(ws)
	if from == 0 || from >= len(ws) || len(unknown) == 0 {
		return ts
	}
	start := from - 1 // the aside word ("besides", or "apart" of "apart from")
	if start > 0 && setAside[ws[start-1]+" "+ws[start]] {
		start--
	}
	if !slices.ContainsFunc(ts, func(t term) bool { return t.end <= start && slices.Contains(unknown, t.text) }) {
		return ts
	}
	cut := -1
	for i, t := range ts {
		if t.pos < from {
			continue
		}
		if t.kind != KindWord {
			return ts // a name, a key or a question set aside is read elsewhere
		}
		if cut < 0 {
			cut = i
		}
	}
	if cut < 0 {
		return ts
	}
	return ts[:cut:cut]
}
