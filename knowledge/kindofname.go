package knowledge

// kindOfNameGuard: "What kind of missile is the KN-23?" is not answered by
// the entry that calls the KN-23 a missile: it asks which kind of missile,
// which the report never says. "What kind of weapon is the KN-23?" is
// answered by it (a missile): the kind asked is a word the entry's answer
// does not put after the name (see learnInstances).
var kindOfNameGuard = guard{
	name:    "kind-of-name",
	example: "What kind of missile is the KN-23?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		name, kind, ok := kindOfName(q.words, q.terms)
		if !ok || !ie.instances[name] || !ie.instances[kind] {
			return ""
		}
		return "entry calls " + name + " a " + kind + ", and says not which kind"
	},
}

// kindOfName reads "what kind of X is the NAME?" ("which type of missile
// is the KN-23"): the name and the kind word X, as the pack reads them.
func kindOfName(ws []string, ts []term) (name, kind string, ok bool) {
	for i := 0; i+4 < len(ws); i++ {
		if (ws[i] != "what" && ws[i] != "which") || !kindNouns[ws[i+1]] || ws[i+2] != "of" {
			continue
		}
		for k, t := range ts {
			if t.pos != i+3 || k+1 >= len(ts) {
				continue
			}
			j := t.end
			if j >= len(ws) || !beAux[ws[j]] {
				return "", "", false
			}
			j++
			if j < len(ws) && (ws[j] == "the" || ws[j] == "a" || ws[j] == "an") {
				j++
			}
			if n := ts[k+1]; n.kind == KindEntity && n.pos == j {
				return n.text, t.text, true
			}
			return "", "", false
		}
	}
	return "", "", false
}

// kindNouns ask a kind after "what" or "which": "what kind of", "which
// type of".
var kindNouns = setOf("kind", "kinds", "type", "types", "sort", "sorts")
