package knowledge

import "slices"

// roleInstead puts the fragment's office ("and South Korea's foreign
// minister?") in the place of the last question's office ("Name of
// Ukraine's defence intelligence chief?"): a title asked after a title is
// asked instead of it, like a name after a name, not beside it, which
// would ask of one who holds both. The body an office is named by, right
// before it ("defence intelligence chief"), goes with it: it is part of
// the title, not its owner (the owner is a possessive or a nationality,
// which namesInstead swaps). Groups (groupRoles: "troops") are no office.
// It returns the fragment's plain words left to say more of the last
// question, without the office it swapped in.
func (rw *rewrite) roleInstead(f fragment, words []term) []term {
	office := func(t term) bool { return t.kind == KindRole && !groupRoles[t.text] }
	at := slices.IndexFunc(words, office)
	if at < 0 || slices.ContainsFunc(words[at+1:], office) {
		return words
	}
	r := words[at]
	if slices.ContainsFunc(f.base.terms, func(b term) bool { return b.kind == KindRole && b.text == r.text }) {
		return words // the same office: addWords leaves it out
	}
	b := -1
	for i, t := range f.base.terms {
		if office(t) {
			b = i
		}
	}
	if b < 0 {
		return words
	}
	from, end := f.base.terms[b].pos, f.base.terms[b].end
	for j := b - 1; j >= 0; j-- {
		t := f.base.terms[j]
		if t.kind != KindEntity || t.end != from || t.qualifier || t.person {
			break
		}
		from = t.pos
	}
	rw.edits = append(rw.edits, edit{from, end, slices.Clone(f.rest[r.pos:r.end])})
	return slices.Delete(slices.Clone(words), at, at+1)
}
