package knowledge

import "slices"

// A figure asked as someone's ("what's Russia's tally?", "the Russian
// count", "Budanov's estimate") is that one's: either the one whose
// losses or troops it counts or the one who gives it. An entry that gives
// North Korea's troops or losses, as Ukraine reports them, answers
// "Ukraine's figure" and "North Korea's toll", never "Russia's tally",
// though it names Russia ("to bolster Russian forces"): the whose guard
// reads the word a name owns, and a figure noun is no word of the pack
// but its "how many" (see countNouns), so it never saw the owner.

// figureOwners returns the names a question writes as the owners of a
// figure noun: a name with its possessive or as an adjective before the
// noun ("Russia's tally", "the Ukrainian figure", "Kyiv's January
// number"), up to two plain words between. A bare name after an
// auxiliary or "to" is a doer, and the noun its verb ("what did the JCS
// estimate?", "how does Ukraine count them?").
func figureOwners(ws []string, ts []term) []string {
	var out []string
	for _, t := range ts {
		if t.kind != KindEntity || t.place || t.modifies < 0 || t.modifies >= len(ws) {
			continue
		}
		if !t.qualifier && t.modifies == t.end {
			b := t.pos - 1
			if b >= 0 && ws[b] == "the" {
				b--
			}
			if b >= 0 && (doAux[ws[b]] || modals[ws[b]] || ws[b] == "to") {
				continue
			}
		}
		for k := t.modifies; k < len(ws) && k <= t.modifies+2; k++ {
			if countNouns[ws[k]] {
				out = append(out, t.text)
				break
			}
			if stopWords[ws[k]] || figureNouns[ws[k]] || isNumber(ws[k]) || isQuestionWord(ws[k]) || termAt(ts, k) {
				break
			}
		}
	}
	return out
}

// termAt reports whether a name begins at word k: "Russia's Ukraine
// figure" is of Ukraine's, read when its own name is.
func termAt(ts []term, k int) bool {
	for _, t := range ts {
		if t.pos == k && t.kind == KindEntity {
			return true
		}
	}
	return false
}

// givesNoFigure reports whether the entry gives no figure at all: it
// neither gives one, counts a measure nor answers how many, so whose
// a figure is asked as cannot turn it down.
func (ie *indexedEntry) givesNoFigure() bool {
	return !ie.givesFigure && !ie.countsMeasure && !ie.asksHowMany
}

// ownsFigure reports whether the entry may give name's figure: it writes
// the name as the one whose the things counted are, other than after a
// verb or a preposition ("North Korean soldiers", not "to bolster Russian
// forces", see whoseActing), or as one who says so ("Ukraine reported").
func (ie *indexedEntry) ownsFigure(name string) bool {
	for _, of := range ie.whoseActing {
		if of[name] {
			return true
		}
	}
	for _, a := range speechActs {
		if ie.doneBy[a][name] {
			return true
		}
	}
	return false
}

// figureOwnerGuard: "What's Russia's tally?" is not answered by the
// thousands of troops North Korea sent to bolster Russian forces, nor
// "Budanov's estimate" by the February toll, which the report gives no
// one: a figure asked as someone's must be theirs in the entry, when the
// entry gives a figure.
var figureOwnerGuard = guard{
	name:       "figure-owner",
	relational: true,
	example:    "What's Russia's tally?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if ie.givesNoFigure() {
			return ""
		}
		for _, o := range q.figureOwners {
			if !ie.ownsFigure(o) {
				return "entry gives no figure of " + o + "'s"
			}
		}
		return ""
	},
}

// ownerDropped returns a name that a claim put to check (an) writes as
// whose the things its figure counts are ("Russian dead", "Russia's
// deaths", "4,000 Russian soldiers died"), dropped as the claim's wrong
// detail (an.terms[from:to]), which the entry ie does not give the
// figure of: the claim is of another country's losses, which the report
// gives no figure of, not North Korea's with one detail wrong. Asked as
// it stands the name turns the entry down (namedGuard); checked without
// it, the entry's number would lead an answer to a claim it is not of.
func ownerDropped(an analysis, from, to int, ie *indexedEntry, losses map[string]bool) (string, bool) {
	if ie.givesNoFigure() {
		return "", false
	}
	for _, cp := range compounds(an.terms, an.words, losses) {
		if !slices.ContainsFunc(an.terms[from:to], func(t term) bool { return t.text == cp[0] && t.kind == KindEntity }) {
			continue
		}
		if !figureKinds[cp[1]] && !slices.ContainsFunc(an.terms, func(t term) bool { return t.text == cp[1] && (t.people || t.kind == KindRole) }) {
			continue // whose a loss or a people is, not "South Korea's Joint Chiefs"
		}
		if ie.whoseActing[cp[1]][cp[0]] {
			continue
		}
		owns := false
		for k := range figureKinds {
			owns = owns || ie.whoseActing[k][cp[0]]
		}
		if !owns {
			return cp[0], true
		}
	}
	return "", false
}

// ownedFigureOf reports whether the compound cp is a name's possessive
// before a loss word that only says what a figure counts: "Ukraine's
// casualty figure" is the figure Ukraine gives, not Ukraine's casualties
// (see whoseGuard). Not with "own" ("Ukraine's casualty figure for its
// own troops"), nor an adjective ("the Ukrainian casualty count"), whose
// casualties they say.
func (q *query) ownedFigureOf(cp queryCompound) bool {
	if cp.at < 0 || cp.at >= len(q.terms) || !slices.Contains(q.figureOwners, cp.owner) || slices.Contains(q.words, "own") {
		return false
	}
	ws, e := q.words, q.terms[cp.at].end
	if e+2 >= len(ws) || ws[e] != possessive || !q.usage.losses[ws[e+1]] || !countNouns[ws[e+2]] {
		return false
	}
	// the loss word is cp's own, not another of the owner's ("Ukraine's
	// casualty figure for Ukrainian soldiers")
	return slices.ContainsFunc(q.terms, func(t term) bool { return t.pos == e+1 && t.text == cp.word })
}
