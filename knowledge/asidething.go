package knowledge

import "slices"

// A question may set aside a thing after asking of another ("did russia
// give nk tanks too, besides the missile stuff", "what are nk getting out
// of it, like besides loads of dead lads"): the thing set aside is what
// the asker already knows, and its words would draw the ranking to the
// entry that gives it, answering of the missiles a question of tanks, or
// turning down the entry of the gain for the dead it does not speak of.
// setAsideDeed drops a deed set aside; this drops a thing, when the
// question before it asks of a thing of its own (a plain word, a key, as
// "captured ... besides being killed", or one the pack does not know), so that the question is read by what it asks.

// setAsideThing drops the terms of a trailing "besides [the] X" (or
// "apart from", "other than" ...) whose terms are plain words, keys or
// roles, when a plain word, a key or an unknown one stands before it; otherwise
// ts is returned as it is.
func setAsideThing(ws []string, ts []term, unknown []string) []term {
	from := asideFrom(ws)
	if from == 0 || from >= len(ws) {
		return ts
	}
	start := from - 1 // the aside word ("besides", or "apart" of "apart from")
	if start > 0 && setAside[ws[start-1]+" "+ws[start]] {
		start--
	}
	if !slices.ContainsFunc(ts, func(t term) bool {
		return t.end <= start && (slices.Contains(unknown, t.text) || t.kind == KindWord || t.kind == KindKey)
	}) {
		return ts
	}
	cut := -1
	for i, t := range ts {
		if t.pos < from {
			continue
		}
		if t.kind != KindWord && t.kind != KindKey && t.kind != KindRole {
			return ts // a name or a question set aside is read elsewhere
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
