package knowledge

// nationalityGuard: "Is Budanov Russian?" asks the country of a person,
// by a name's adjective said of him: an entry that speaks of "Russian
// forces" beside him does not state it ("Yes" to every word was wrong),
// and the pack knows whom he acts for (Ukraine). An adjective of another
// country than his is a guess the report contradicts, so no entry answers
// it as asked; of his own country, any entry naming him does.
var nationalityGuard = guard{
	name:    "nationality",
	example: "Is Budanov Russian?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if p, n, ok := nationalityAsked(q.words, q.terms); ok && q.actsFor[p] != "" && q.actsFor[p] != n {
			return "the pack has " + p + " act for " + q.actsFor[p] + ", not " + n
		}
		return ""
	},
}

// nationalityAsked returns the person and the country of a name's
// adjective said of them at the question's end ("is Budanov Russian?",
// "Budanov is Russian, right?" after its frame is read away).
func nationalityAsked(ws []string, ts []term) (person, country string, ok bool) {
	for i := 0; i+1 < len(ts); i++ {
		p, n := ts[i], ts[i+1]
		if p.kind == KindEntity && p.person && n.kind == KindEntity && !n.person && n.qualifier && n.pos == p.end && n.end == len(ws) {
			return p.text, n.text, true
		}
	}
	return "", "", false
}
