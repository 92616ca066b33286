package knowledge

import "slices"

// A question that asks which thing ("Which Russian company or engineers
// helped with the missile modifications?") is answered only by naming
// one. When the thing is a word the pack has never seen, no entry names
// one; asked again without it, the rest of the question ("Russia ...
// missile improve") would be answered with what the report says of the
// rest, which names no company. So it is declined before any retry.

// asksWhichUnknown returns the word a "which" or "what" asks for, past
// the names that qualify it ("which Russian company"), when the pack does
// not know it.
func asksWhichUnknown(an analysis) (string, bool) {
	ws, ts := an.words, an.terms
	for i, t := range ts {
		if t.kind != "" || !slices.Contains(an.unknown, t.text) {
			continue
		}
		at := t.pos
		for k := i - 1; k >= 0 && ts[k].kind == KindEntity && ts[k].end == at; k-- {
			at = ts[k].pos // "which Russian company" asks which company
		}
		if at > 0 && otherWords[ws[at-1]] {
			at-- // "which other companies"
		}
		if w := before(ws, at); (w == "which" || w == "what") && !verbBefore(ws, ts, i) && !relativeAt(ws, ts, at) {
			return t.text, true
		}
	}
	return "", false
}
