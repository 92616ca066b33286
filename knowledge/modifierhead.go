package knowledge

// modifierHeads moves a question's owner from a name used as a modifier to
// the noun it modifies: in "Seoul's POW offer" the offer is Seoul's, and
// the POWs are only what it is about, so the whose guard must not ask for
// an entry about Seoul's POWs. A name is a modifier when it is written in
// the singular, as English writes a noun before a noun ("POW offer",
// "prisoner swap"), right before a word of the pack; "Ukraine's POWs held
// by Russia" keeps its POWs Ukraine's. It reads only questions: a
// report's "North Korea's KN-23 missiles" are North Korea's KN-23s.
func modifierHeads(ws []string, ts []term, cps [][2]string) [][2]string {
	for n, cp := range cps {
		for i := 0; i+1 < len(ts); i++ {
			b, head := ts[i], ts[i+1]
			if b.text != cp[1] || b.kind != KindEntity || b.place || b.person || b.people || head.kind != KindWord ||
				head.pos != b.end || b.end == 0 || b.end > len(ws) || !singularNoun(ws[b.end-1]) {
				continue
			}
			cps[n][1] = head.text
			break
		}
	}
	return cps
}

// singularNoun reports whether a word reads as a singular noun used before
// another ("pow", "prisoner"), not a plural ("pows") nor a code ("kn23").
func singularNoun(w string) bool {
	if len(w) < 3 || w[len(w)-1] == 's' || w == possessive {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}
