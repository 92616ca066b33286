package knowledge

// A reading of a question left with one name alone ("russia" of "my
// grandson says North Korea helps Russia make its missiles better, or is
// it the other way round?", "troops" of a long message about what is
// done to them) asks, at most, who or what that name is: any entry that
// names it would rank, and answer something the asker never asked. Such
// a reading is answered only by an entry asked of that name alone ("Who
// is Budanov?"), which index.go records as the entry's lone names.

// bareName returns the one name a reading asks of, when it is nothing
// else than that name: not even a kind of question ("who kn23" of "China
// upgraded the KN-23? Who does the story say it was?" asks who).
func (an analysis) bareName() (string, bool) {
	return an.loneName(false)
}

// loneName returns the one name the terms ask of, when they ask of
// nothing else (but a kind of question, when kinds is true).
func (an analysis) loneName(kinds bool) (string, bool) {
	name := ""
	for _, t := range an.terms {
		switch {
		case kinds && t.kind == KindQuestion:
		case (t.kind == KindEntity || t.kind == KindRole) && (name == "" || name == t.text):
			name = t.text
		default:
			return "", false
		}
	}
	return name, name != ""
}

// learnLoneName records, of one way of asking an entry, the name it asks
// of alone ("Who is Kyrylo Budanov?"): see bareName.
func (ie *indexedEntry) learnLoneName(an analysis) {
	if n, ok := an.loneName(true); ok {
		if ie.loneNames == nil {
			ie.loneNames = map[string]bool{}
		}
		ie.loneNames[n] = true
	}
}

// answersBareName reports whether entry en may answer a reading an: any
// entry, unless the reading is a name alone that en is not asked of alone.
func (e *Engine) answersBareName(en int, an analysis) bool {
	n, ok := an.bareName()
	return !ok || e.entries[en].loneNames[n]
}
