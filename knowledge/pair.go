package knowledge

import "slices"

// People set the report's two figures side by side in words no pack can
// list ("3k vs 4k why dont the numbers match", "jan and feb losses how
// many", "so did more die by feb than the jan count?"): a question that
// names both figures, by their numbers or by their dates, is about the two,
// and the entry that gives both answers it, with both citations. Its other
// words only say how the asker sets them side by side, so they are not
// held against the entry, nor is the kind of question: why the two differ,
// or which is right, is answered by what each counts and when; nor is
// its score, as a question of two numbers alone shares few words with any
// entry ("3000 and then 4000?? which one is it"), though a word the entry
// lacks still is. The two
// are a pair when one entry cites them in two sentences, each sentence
// having one and not the other: what pairs is read from the pack, not
// listed here. A month alone says when, not what was counted: two months
// pair only in a question that asks of a figure ("the jan and feb
// numbers") or names a measure the entry gives ("losses").
// What the report does not give stays unanswered: a count between the two
// dates, a third date, a measure neither sentence counts.

// sideBySide returns the reading of an that sets two of the report's
// figures side by side, if it names a pair.
func (e *Engine) sideBySide(an analysis) (analysis, bool) {
	if n := 0; !slices.ContainsFunc(an.terms, func(t term) bool {
		if figureKind(t) != "" {
			n++
		}
		return n == 2
	}) {
		return an, false // most questions name no two figures: no entry need be read
	}
	for i := range e.entries {
		ie := &e.entries[i]
		if ie.sentence != nil || len(ie.citedKeys) < 2 || !pairs(ie.citedKeys, an.terms) {
			continue
		}
		if !figures(an, ie) {
			continue
		}
		out := an
		out.sideBySide, out.pair = true, i+1
		terms := slices.Clone(an.terms)
		for k := range terms {
			if terms[k].kind == KindKey && comparesMeasure(an, k, ie) {
				terms[k].text = compareTerm // "so more soldiers die?": dropped below
			}
		}
		out.terms = slices.DeleteFunc(terms, func(t term) bool {
			switch {
			case figureKind(t) != "":
				return false // a third date asks what the pair does not give ("and in March?")
			case t.text == compareTerm:
				return true
			case t.kind == KindQuestion:
				return t.text != howMany // why they differ, which is right: the two answer it
			case t.kind == "" || t.kind == KindWord:
				return ie.bag[t.text] == 0 // how it is set side by side ("match", "go up")
			case t.kind == KindKey:
				return comparative(an.words, t) // "more ... than"
			}
			return false
		})
		return out, out.enough()
	}
	return an, false
}

// pairs reports whether ts name two figures of one kind (two numbers, or
// two dates) that two sentences of cited give apart: each has one, not the
// other.
func pairs(cited [][]string, ts []term) bool {
	alone := func(k string, x, y []string) bool { return slices.Contains(x, k) && !slices.Contains(y, k) }
	for a, s := range cited {
		for b, r := range cited {
			if a == b {
				continue
			}
			for _, t := range ts {
				for _, u := range ts {
					if t.text != u.text && figureKind(t) != "" && figureKind(t) == figureKind(u) &&
						alone(t.text, s, r) && alone(u.text, r, s) {
						return true
					}
				}
			}
		}
	}
	return false
}

// figureKind says whether a term is a number that counts ("number"), a
// date ("date"), or neither ("").
func figureKind(t term) string {
	switch {
	case dateKey(t.text):
		return "date"
	case isNumber(t.text):
		return "number"
	}
	return ""
}

// figures reports whether an asks of figures: it names two numbers, a
// figure noun ("the two numbers"), or a measure or word the entry counts
// ("losses", "killed").
func figures(an analysis, ie *indexedEntry) bool {
	n := 0
	for _, t := range an.terms {
		switch {
		case figureKind(t) == "number":
			n++
		case figureKind(t) == "date", t.text == compareTerm:
		case (t.kind == KindKey || t.kind == KindWord) && ie.countsMeasure && ie.bag[t.text] > 0:
			return true
		}
	}
	return n >= 2 || slices.ContainsFunc(an.words, func(w string) bool { return figureNouns[w] })
}

// comparative reports whether t compares, as "more" does before "than"
// ("did more die by feb than in jan"), after "how many" ("how many more
// had died by feb, compared with jan?") or asked of the two ("which is
// more, the feb deaths or the jan casualties?").
func comparative(ws []string, t term) bool {
	if !comparatives[ws[t.pos]] {
		return false
	}
	if slices.Contains(ws[t.pos:], "than") {
		return true
	}
	if t.pos >= 2 && ws[t.pos-2] == "how" && (ws[t.pos-1] == "many" || ws[t.pos-1] == "much") {
		return true
	}
	// "which is more", "which one was more"
	for k := t.pos - 1; k >= 0 && k >= t.pos-3; k-- {
		if ws[k] == "which" {
			return beAux[ws[t.pos-1]]
		}
	}
	return false
}
