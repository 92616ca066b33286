package knowledge

// personFromAux returns the auxiliary that opens a question whose subject
// is a person named by where they are from ("what did the guy from russia
// say about the pows?"): the place says who does the act, as "did russia
// say" does, so an entry where Russia does nothing does not answer it.
// "" when the name does not follow "from" after a noun of a person, or no
// auxiliary opens the words before that noun.
func personFromAux(ws []string, t term) string {
	k := t.pos - 1
	if k < 1 || ws[k] != "from" || !describesPerson[ws[k-1]] && ws[k-1] != "person" {
		return ""
	}
	k -= 2
	if k >= 0 && determiners[ws[k]] {
		k--
	}
	if k >= 0 && doAux[ws[k]] {
		return ws[k]
	}
	if n := t.end; k < 0 && n+2 < len(ws) && whWords[ws[n]] && doAux[ws[n+1]] && personPronouns[ws[n+2]] {
		// set before the question that asks of them ("the guy from
		// russia, what did he say about the pows?"): his "he" is the
		// person from Russia, as "did the guy from russia say" is
		return ws[n+1]
	}
	return ""
}
