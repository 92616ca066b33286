package knowledge

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
		if !ie.givesFigure && !ie.countsMeasure && !ie.asksHowMany {
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
