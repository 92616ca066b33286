package knowledge

import (
	"slices"
	"strings"
)

// "Why are the troops fighting in Kursk and not inside Ukraine?" asks why
// one thing rather than another: a reason that weighs the two. The entry
// that says why North Korea sent its troops gives the reason for the
// sending, which weighs nothing against Ukraine, and answers another
// question. The report weighs no such choice, so a "why" that sets a name
// against another is declined, whatever entry it matches, and so is every
// reading of it (the one without its "and not ..." asks the plain reason).

// ratherMarks are the word pairs that set what follows against what was
// asked: "and not", "but not", "rather than", "instead of", "as opposed
// (to)".
var ratherMarks = [][2]string{{"and", "not"}, {"but", "not"}, {"rather", "than"}, {"instead", "of"}, {"as", "opposed"}}

// ratherFillers may stand between such a mark and the name set against
// ("and not inside Ukraine", "instead of somewhere in Ukraine", "rather
// than to the south").
var ratherFillers = withWords(into, "on", "the", "just", "somewhere", "like", "back", "simply", "also")

// whyRather reports whether a "why" question sets a name against what it
// asks the reason of: a mark, up to three fillers, then the name.
func whyRather(ws []string, ts []term) bool {
	// (or a reason of the pack's own kind: "why Kursk" is "why_there")
	if !slices.ContainsFunc(ts, func(t term) bool { return t.kind == KindQuestion && strings.HasPrefix(t.text, whyTerm) }) {
		return false
	}
	for i := 0; i+1 < len(ws); i++ {
		if !slices.Contains(ratherMarks[:], [2]string{ws[i], ws[i+1]}) {
			continue
		}
		k := i + 2
		for k < len(ws) && k < i+5 && ratherFillers[ws[k]] {
			k++
		}
		if termAt(ts, k) {
			return true
		}
	}
	return false
}

// declineWhyRather declines a question that asks why one thing rather
// than another, before any entry is ranked for it or any reading of it
// without its "and not ..." is asked: that reading asks only the reason
// for the one, which the reason entry would answer as if the choice had
// been weighed.
func (e *Engine) declineWhyRather(a Answer, an analysis, tr *trace) (Answer, bool) {
	if !whyRather(an.words, an.terms) {
		return a, false
	}
	tr.note("asks why one thing rather than another, a choice the report never weighs")
	return e.declineSuggesting(a, an), true
}
