package knowledge

import (
	"slices"
)

// "Which three parties are cited as reporting ...?" asks who, as "which
// parties" does: a count between "which" (or "what") and the words of a
// question the pack knows says how many answers are wanted, not what is
// asked. The count is read past when the pack's phrases are matched, so
// "which parties", an alias of "who", is found around it, and no alias
// need list each count ("which three parties", "what two parties").

// countInWhich returns the index of a count ("three", "3", up to twelve)
// right after a "which" or "what" whose phrase with the word after the
// count is one of the pack's questions, or -1.
func (a *analyzer) countInWhich(ws []string) int {
	for i := 0; i+2 < len(ws); i++ {
		if ws[i] != "which" && ws[i] != "what" || !smallCount(ws[i+1]) {
			continue
		}
		first := a.stem(ws[i])
		for _, p := range a.phrases[first] {
			if p.kind == KindQuestion && len(p.stems) >= 2 && p.stems[1] == a.stem(ws[i+2]) &&
				i+1+len(p.stems) <= len(ws) && a.stemsAre(ws[i+2:i+1+len(p.stems)], p.stems[1:]) {
				return i + 1
			}
		}
	}
	return -1
}

// stemsAre reports whether the words ws stem to stems, one by one,
// without making the list of their stems.
func (a *analyzer) stemsAre(ws, stems []string) bool {
	if len(ws) != len(stems) {
		return false
	}
	for i, w := range ws {
		if a.stem(w) != stems[i] {
			return false
		}
	}
	return true
}

// smallCount reports whether w is a count of a few: two to twelve, in
// words or digits.
func smallCount(w string) bool {
	if nw, ok := numberWords[w]; ok {
		return !nw.scale && nw.value >= 2 && nw.value <= 12
	}
	n, ok := atoi(w) // no error made for a word that is no number
	return ok && n >= 2 && n <= 12
}

// readTermsPast is readTerms with the word at skip read past, as if it
// were not there; the terms' places are ws's.
func (a *analyzer) readTermsPast(ws, stems []string, skip int, correct, dropFiller bool) ([]term, []string) {
	ts, unknown := a.readTerms(slices.Delete(slices.Clone(ws), skip, skip+1), slices.Delete(slices.Clone(stems), skip, skip+1), correct, dropFiller)
	for i := range ts {
		if ts[i].pos >= skip {
			ts[i].pos++
		}
		if ts[i].end > skip {
			ts[i].end++
		}
		if ts[i].modifies >= skip {
			ts[i].modifies++
		}
	}
	return ts, unknown
}
