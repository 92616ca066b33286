package knowledge

import "slices"

// A reading keeps, likewise, the thing a "what" or "which" right before it
// asks for: "What help, such as housing or jobs, would the prisoners
// receive?" read without "help" asks whether South Korea takes them.

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
// of it no longer does, if any. after says at is the question after a
// premise, whose thing asked is its own ("what means 'first engagement'?
// north korea did not fight before?").
func kindDropped(an, at analysis, after bool) (string, bool) {
	for _, k := range keptKinds {
		has := func(t term) bool { return t.kind == KindQuestion && t.text == k }
		if slices.ContainsFunc(an.terms, has) && !slices.ContainsFunc(at.terms, has) {
			return k, true
		}
	}
	// the thing a "what" or "which" asks for, right after it: "What
	// help would the prisoners receive?" without "help" asks whether
	// South Korea accepts them
	if after {
		return "", false
	}
	x := thingAsked(an.words, an.terms)
	right := func(t term) bool {
		return t.text == x && t.pos > 0 && (an.words[t.pos-1] == "what" || an.words[t.pos-1] == "which")
	}
	if x != "" && slices.ContainsFunc(an.terms, right) && !slices.ContainsFunc(at.terms, func(t term) bool { return t.text == x }) {
		return x, true
	}
	return "", false
}
