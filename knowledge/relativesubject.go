package knowledge

// relativeSubject reports whether ts[i], a name, opens a clause that says
// which of a thing is meant, its "that" left out or not, before a verb in
// the past at word n: "Enumerate the weapons North Korea gave Russia",
// "the missiles that Russia improved". The name does the act, as after
// "did" ("which weapons did North Korea give?"), so an entry where it does
// nothing does not answer. A people so placed are left alone ("the
// soldiers North Koreans sent"?) as a statement's subjects are.
func relativeSubject(ws []string, ts []term, i, n int) bool {
	if i == 0 || n >= len(ws) || !pastForms[ws[n]] || ts[i].people {
		return false
	}
	p := ts[i-1]
	if p.kind != "" && p.kind != KindWord {
		return false
	}
	gap := ws[p.end:ts[i].pos]
	return len(gap) == 0 || len(gap) == 1 && (gap[0] == "that" || gap[0] == "which")
}
