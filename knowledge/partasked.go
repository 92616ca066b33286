package knowledge

// "Which part of South Korea's armed forces warned of more troops?" asks
// which body of them, as "who" does; "which part of Russia?" asks where.
// The pack reads "which part" and "what part" as questions of place, so a
// question of place so written asks who where what follows its "of" is a
// body acting for a country (the Joint Chiefs, for South Korea). Not a
// role ("which part of the army"): the report names no part of one, and
// "who" would be answered with whoever the role is.

// partOfGroup returns ts with such a question of place read as "who".
func (a *analyzer) partOfGroup(ws []string, ts []term) []term {
	for i, t := range ts {
		if t.kind != KindQuestion || t.text != whereTerm || t.end-t.pos < 2 || !partWords[ws[t.end-1]] ||
			t.end >= len(ws) || ws[t.end] != "of" || i+1 >= len(ts) {
			continue
		}
		g := ts[i+1]
		if g.pos > t.end+2 || g.pos == t.end+2 && !determiners[ws[t.end+1]] {
			continue // "of" and the group, with at most "the" between
		}
		if g.kind == KindEntity && a.actsFor[g.text] != "" {
			ts[i].text = "who"
		}
	}
	return ts
}

// partWords end a question of place that asks which part of a thing.
var partWords = setOf("part", "parts", "branch", "section")
