package knowledge

import "strconv"

// A claim put to check may give a figure the report never gives ("NK sent
// 10k troops, right?", "nk sent like 100 dudes 2 russia right?"): such a
// number pins none of the report's facts (factanchor.go), and asked
// without it the claim is another question ("NK sent troops", when they
// were sent). It stands in the slot of a count: asked with "how many" in
// its place ("how many troops did NK send?"), the entry answering it gives
// the report's figure of that thing, and where that entry gives one
// figure alone ("thousands") and not the claim's (nor one its words may
// mean: "12,000 troops" may be thousands, and the report does not say),
// that figure is the correction, without a "Yes.". An entry giving two figures ("Is it true
// North Korea lost 10,000 soldiers?": over 3,000 killed or injured by
// January, about 4,000 dead by February) does not tell which the claim
// misstates, and the claim stays declined; asked plainly, it is too.

// countAsked returns, for each number of a claim put to check, and each
// count it guesses in words ("a few hundred"), a count's detail with "how
// many" in its place.
func (e *Engine) countAsked(an analysis) []detail {
	var out []detail
	for i, t := range an.terms {
		if e.slotOf(an, i) == countSlot || t.text == howMany && vagueCount(an.words[t.pos:t.end]) {
			out = append(out, detail{kind: countSlot, from: i, to: i + 1, act: howMany})
		}
	}
	return out
}

// vagueCount reports whether the words of a count asked are a count
// guessed in words ("a few hundred"), not a question ("how many").
func vagueCount(ws []string) bool {
	for _, w := range ws {
		if w == "hundred" || w == "hundreds" || w == "few" || w == "dozen" || w == "dozens" {
			return true
		}
	}
	return false
}

// oneFigure reports whether entry en gives exactly one figure (a number
// that is not a date, or a count word, "thousands"), one the question an
// does not give.
func (e *Engine) oneFigure(en int, an analysis) bool {
	ie := &e.entries[en]
	n := 0
	for k := range ie.about {
		if !ie.names(k) || !(isNumber(k) && !dateKey(k) || countWords[k]) {
			continue
		}
		for _, t := range an.terms {
			if t.text == k || countWords[k] && isNumber(t.text) && withinCount(t.text, k) {
				return false // the claim's own figure, or one the entry's words may mean
			}
		}
		n++
	}
	return n == 1 || n == 2 && e.datedFigure(en, an)
}

// datedFigure reports whether the claim an names a date that one cited
// sentence of entry en gives, alone, with exactly one figure: "the jan
// casualties were 2,500, right?" misstates January's figure, not
// February's, which the entry cites beside it.
func (e *Engine) datedFigure(en int, an analysis) bool {
	ie := &e.entries[en]
	hits := 0
	for _, ks := range ie.citedKeys {
		dated, figs := false, 0
		for _, k := range ks {
			if dateKey(k) && an.hasTerm(k) {
				dated = true
			}
			if isNumber(k) && !dateKey(k) {
				figs++
			}
		}
		if dated {
			if figs != 1 {
				return false
			}
			hits++
		}
	}
	return hits == 1
}

// withinCount reports whether the number n is one a count in words, w
// ("thousands"), may mean: 12,000 may be thousands, 100 may not.
func withinCount(n, w string) bool {
	v, err := strconv.ParseFloat(n, 64)
	if err != nil {
		return false
	}
	switch w {
	case "thousand":
		return v >= 1000 && v < 1e6
	case "hundred":
		return v >= 100 && v < 1000
	case "dozen":
		return v >= 12 && v < 100
	}
	return false
}

// countWords are the terms of a count given in words.
var countWords = setOf("thousand", "hundred", "dozen")
