package knowledge

import "slices"

// keptKinds are the kinds of question whose answer is a thing of its own
// kind, a time: a reading of a question that drops it asks another
// question ("On what date did the call take place?" without its "when"
// asks of the call, and the entry that says how Cho presented the offer
// would answer it; "When was Cho named minister?" without it asks who
// Cho is). Not "why" nor "where", which chat puts in a premise or a
// relative clause ("that place Kursk where the fighting is, who holds
// it?"), nor "how many", which a reading of a choice keeps apart ("a
// precise number, or just 'thousands'?").
var keptKinds = []string{whenTerm}

// kindDropped returns the kind of question an asks that the reading at
// of it no longer does, if any.
func kindDropped(an, at analysis) (string, bool) {
	for _, k := range keptKinds {
		has := func(t term) bool { return t.kind == KindQuestion && t.text == k }
		if slices.ContainsFunc(an.terms, has) && !slices.ContainsFunc(at.terms, has) {
			return k, true
		}
	}
	return "", false
}
