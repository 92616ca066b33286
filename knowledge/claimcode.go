package knowledge

import (
	"slices"
	"unicode"
)

// A claim put to check may name a weapon wrong: "Russia made the KN-25
// more accurate, right?", "Russia enhanced the accuracy of North Korea's
// Hwasong missiles; is that correct?" (the report's are the KN-23). The
// wrong name is a word the pack gives no kind, shaped as a code of
// letters and digits ("kn25", "hwasong18"), or standing right before the
// word for a missile ("Hwasong missiles"): it stands in the slot of the
// report's own code name. Asked with that code in its place (or else
// without it), the entry answering the claim
// names a code of its own the claim lacks (kn23), and that fact is the
// correction, given without a "Yes." (see checkedFact). An entry naming
// no code ("NK sent Russia Scud missiles" answered by one of troops) is
// no correction, and the claim stays declined; asked plainly ("Did
// Russia improve the KN-25?") such a name asks whether it is so, but as
// the focus of a cleft ("was it the KN-25 that Russia upgraded?") it asks
// which, and is corrected as a claim put to check is.

// codeSlot is a weapon's code name put to check (see slot in factcheck.go).
const codeSlot = nameSlot + 1

// codeNames returns a detail for each term of an that names a weapon the
// pack does not know: a code of letters and digits, or a word with no
// kind right before "missile".
func (e *Engine) codeNames(an analysis) []detail {
	var out []detail
	from, to, ok := cleftFocus(an) // read once: the question's cleft, not the term's
	for i, t := range an.terms {
		if t.kind != "" || e.slotOf(an, i) != noSlot || e.nameClass(an, i) != "" {
			continue
		}
		next := i+1 < len(an.terms) && an.terms[i+1].pos == t.end
		if next && an.terms[i+1].kind == "" && an.terms[i+1].text != missileWord {
			// "the T90 tanks", "the F16 jets": the code names a thing
			// of its own, not the report's missile
			continue
		}
		if codeLike(t.text) || next && an.terms[i+1].text == missileWord {
			// first in the place of each code the pack knows, then
			// dropped
			cleft := ok && from <= i && i < to // "was it the KN-25 that ...?" asks which
			for _, c := range e.codes {
				out = append(out, detail{kind: codeSlot, from: i, to: i + 1, act: c, cleft: cleft})
			}
			out = append(out, detail{kind: codeSlot, from: i, to: i + 1, cleft: cleft})
		}
	}
	return out
}

// codesOf returns the pack's entities shaped as code names ("kn23"), in
// order, once at NewEngine: the vocabulary is walked for them once, not
// per claim.
func codesOf(kinds map[string]Kind) []string {
	var out []string
	for k, kind := range kinds {
		if kind == KindEntity && codeLike(k) {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out
}

// missileWord is the pack's term for a missile.
const missileWord = "missile"

// codeLike reports whether w is a code name: letters then digits, at
// most ten characters ("kn25", "hwasong18"), not a number or a date.
func codeLike(w string) bool {
	if len(w) < 3 || len(w) > 10 || isNumber(w) {
		return false
	}
	letters, digits := 0, 0
	for _, r := range w {
		switch {
		case unicode.IsLetter(r):
			if digits > 0 {
				return false // "1950s", "23s"
			}
			letters++
		case unicode.IsDigit(r):
			digits++
		default:
			return false
		}
	}
	return letters >= 1 && digits >= 1
}

// namesCode reports whether entry en names a code name of its own (an
// entity of the pack shaped as a code) that the question an does not.
func (e *Engine) namesCode(en int, an analysis) bool {
	ie := &e.entries[en]
	for _, k := range e.codes { // the pack's codes, read once at NewEngine
		if ie.about[k] && ie.names(k) && !an.hasTerm(k) {
			return true
		}
	}
	return false
}
