package knowledge

import "slices"

// A name before a group says whose the group is ("Russian forces"), but
// not whether the group does anything: in "North Korea sent troops to
// bolster Russian forces" and "they fight alongside Russian forces",
// Russia's forces are what is done to, or with, and North Korea's troops
// do it. A question whose subject is one country's forces ("What are
// Russian soldiers doing in Kursk?") is not answered by an entry that
// speaks of those forces only so: it asks what they do, which the entry
// does not say. whoseGuard checks whose the group is; this guard, that
// the entry has that one's group act.

// actingWhoseGuard: "What are Russian soldiers doing in Kursk?" is not
// answered by North Korea sending troops to bolster Russian forces.
var actingWhoseGuard = guard{
	name:       "acting-whose",
	relational: true,
	example:    "What are Russian soldiers doing in Kursk?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		for _, d := range q.deeds {
			if !d.forces {
				continue
			}
			for _, cp := range q.compounds {
				if cp.owner != d.doer || !ie.whose[cp.word][d.doer] || ie.whoseActing[cp.word][d.doer] {
					continue
				}
				return "entry speaks of " + d.doer + "'s " + cp.word + " only as what is done to or with"
			}
		}
		return ""
	},
}

// objectWords, right before a name, make the group it owns what a thing
// is done to or with ("alongside Russian forces"), as a verb right before
// it does ("bolster Russian forces").
var objectWords = func() map[string]bool {
	m := setOf("alongside", "against", "toward", "towards", "into", "under", "behind", "beside", "beyond", "like", "unlike", "versus", "vs")
	for w := range prepositions {
		m[w] = true
	}
	return m
}()

// learnWhoseActing learns whose groups a text speaks of other than as
// what is done to or with: a compound's owner, where it owns the group,
// but right after a preposition or a verb (see objectWords). Russia
// acting elsewhere in the text ("Russia welcomed help to bolster Russian
// forces") does not make its forces act.
func (f *entryFacts) learnWhoseActing(an analysis, lex *analyzer) {
	for _, c := range compounds(an.terms, an.words, lex.usage.losses) {
		for i, t := range an.terms {
			if t.text != c[0] || t.kind != KindEntity || !ownsGroup(an, i, c[1]) {
				continue // (another mention of the owner says nothing of its group)
			}
			if objectWords[before(an.words, t.pos)] {
				continue
			}
			if i > 0 && (an.terms[i-1].kind == KindWord || an.terms[i-1].kind == KindAct) && slices.Contains([]int{t.pos, t.pos - 1}, an.terms[i-1].end) {
				continue // "bolster Russian forces", "bolster the Russian forces"
			}
			f.whoseActing.add(c[1], c[0])
			break
		}
	}
}

// ownsGroup reports whether the i-th term of an is the owner of the group
// named by the term group: the group right after it, or after the list
// of names it is in ("Russian and North Korean troops"), or right before
// it ("soldiers of Ukraine", "troops does Ukraine have"), as compounds
// reads them.
func ownsGroup(an analysis, i int, group string) bool {
	ts := an.terms
	if i > 0 && ts[i-1].text == group {
		return true
	}
	k := i
	for k+1 < len(ts) && listedAfter(an.words, ts[k].end, ts[k+1]) {
		k++
	}
	return k+1 < len(ts) && ts[k+1].text == group
}
