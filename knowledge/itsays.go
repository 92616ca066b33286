package knowledge

// "What else does it say about that missile?": an "it" that says, after
// "does" and before what it says "about", is the report, not the thing
// the conversation last named (the missile, which says nothing).

// itSays reports whether the reference r is an "it" between an auxiliary
// and "say" ("does it say", "did it mention") with "about" after.
func itSays(ws []string, r reference) bool {
	if r.word != "it" || r.at == 0 || r.end+2 > len(ws) || !doAux[ws[r.at-1]] {
		return false
	}
	switch ws[r.end] {
	case "say", "mention", "talk", "tell":
	default:
		return false
	}
	for _, w := range ws[r.end+1:] {
		if w == "about" || w == "of" || w == "on" {
			return true
		}
	}
	return false
}
