package knowledge

import "slices"

// A claim may put the wrong post as who said a thing: "The combat
// experience comment is from Ukraine's defense minister, right?" (Budanov,
// who heads its Defense Intelligence, said it). checkedFact wants the
// answer to say the post the claim names, so that it tells who holds it;
// but where the whole post is the detail put wrong, the answer says
// another post and its holder instead, and that is the correction.

// namesOtherHolder reports whether detail d of claim an is the whole post
// at sayer, with its qualifier, and entry en's answer names a person and
// a post of its own, neither of which the claim names.
func (e *Engine) namesOtherHolder(en int, d detail, sayer int, an analysis) bool {
	if d.kind != roleSlot || sayer < d.from || sayer >= d.to || d.to-d.from < 2 {
		return false
	}
	ts := e.an.analyze(e.pack.Entries[en].Answer, false).terms
	role := slices.ContainsFunc(ts, func(t term) bool { return t.kind == KindRole && !an.hasTerm(t.text) })
	person := slices.ContainsFunc(ts, func(t term) bool { return e.classes[t.text] == "person" && !an.hasTerm(t.text) })
	return role && person
}
