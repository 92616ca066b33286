package knowledge

// officialIn returns the country of the institution that opens at word j
// of ws, after "who in the" ("who in the Russian government made the
// offer?", "who in the Ukrainian leadership is quoted?"): the question
// asks which official of it did the thing, as "which Russian official"
// does, and an entry that names none of that country's does not answer.
// ok is false when no name of a country and institution stand there ("who
// in the report ...", "who in the Kursk region").
func officialIn(ws []string, ts []term, j int) (string, bool) {
	for _, t := range ts {
		if t.kind != KindEntity || t.pos != j {
			continue
		}
		if institutions[ws[t.end-1]] && !sideInstitutions[ws[t.end-1]] {
			return t.text, true // (a name read with its institution)
		}
		if t.end < len(ws) && institutions[ws[t.end]] && !sideInstitutions[ws[t.end]] {
			return t.text, true
		}
	}
	return "", false
}

// sideInstitutions are the institution words that name a side, not a body with
// officials ("who in the Russian side").
var sideInstitutions = setOf("side", "sides", "state", "country", "nation")
