package knowledge

import "slices"

// ownerDoesGuard: "Is Russia's effort humanitarian or geopolitical?" is
// not answered by an entry that speaks of an effort without saying whose
// it is, where Russia does nothing: a name before a thing the entry does
// not say whose it is, the entry must speak of as doing something, where
// it names it only as owning forces (an effort, a war and talks are what
// their owners do).
var ownerDoesGuard = guard{
	name:       "owner-does",
	relational: true,
	example:    "Is Russia's effort humanitarian or geopolitical?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		acts := func(e string) bool { return ie.acting[e] || ie.acting[q.actsFor[e]] }
		for _, cp := range q.compounds {
			if cp.at < 0 || q.kinds[cp.owner] != KindEntity || eitherNamed(q.terms, q.terms[cp.at], acts) {
				continue
			}
			if len(ie.whose[cp.word]) == 0 && q.kinds[cp.word] != KindEntity && q.kinds[cp.word] != KindRole && (ie.names(cp.word) || ie.quoted[cp.word]) && !acts(cp.owner) && ie.onlyAlly(cp.owner) && ie.onlyAlly(q.actsFor[cp.owner]) {
				return "entry does not say whose " + cp.word + " it is, nor speaks of " + cp.owner + " doing anything"
			}
		}
		return ""
	},
}

// onlyAlly reports whether the entry names e as owner of nothing but
// forces ("alongside Russian forces"): one fought beside, not one whose
// effort, war or talks the entry speaks of.
func (ie *indexedEntry) onlyAlly(e string) bool {
	if slices.Contains(ie.places, e) {
		return false // one troops are sent to is one whose war they join
	}
	for _, with := range ie.partners {
		if with[e] {
			return false // one worked with ("collaboration with Russian forces") helps
		}
	}
	for w, owners := range ie.whose {
		if owners[e] && w != "troops" {
			return false
		}
	}
	return true
}
