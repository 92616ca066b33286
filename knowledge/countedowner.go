package knowledge

// countedOwners narrows owners, whose the entry says its word cp.word is,
// to those who do something in the entry, when the question asks how
// many of the word an owner has ("how many Russian troops?", "the number
// of Russian troops"): the entry's figure counts the troops North Korea
// sends, though it names Russia's too ("to bolster Russian forces"), so
// it does not count Russia's. An entry none of whose owners does
// anything keeps them all.
func countedOwners(q *query, cp queryCompound, ie *indexedEntry, owners map[string]bool) map[string]bool {
	if cp.at < 1 || q.terms[cp.at-1].text != howMany || len(owners) < 2 {
		return owners
	}
	var out map[string]bool
	for o := range owners {
		for _, doers := range ie.doneBy {
			if doers[o] {
				if out == nil {
					out = map[string]bool{}
				}
				out[o] = true
				break
			}
		}
	}
	if out == nil {
		return owners
	}
	return out
}
