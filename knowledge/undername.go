package knowledge

// A bare name between "under" and a word qualifies the word as an
// adjective does: "is Kursk under UA control?" is "under Ukrainian
// control", whose country a claim may have wrong (Russian: see slotOf),
// though "UA", written bare, is read as no nationality adjective.

// underName reports whether the i-th term of an is a name written bare
// right after "under" and right before a word term ("under UA control").
func underName(an analysis, i int) bool {
	t := an.terms[i]
	return t.pos > 0 && an.words[t.pos-1] == "under" && i+1 < len(an.terms) &&
		t.modifies == an.terms[i+1].pos && an.terms[i+1].kind == KindWord
}
