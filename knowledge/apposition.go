package knowledge

import "slices"

// Two people named side by side ("so the ukrainian guy, Cho, offered to
// take in the north korean soldiers?") are one person said twice: a
// description and the name. The pack reads descriptions of its people as
// aliases ("ukrainian guy" is Budanov), so an asker who mixes them up
// names two people where they mean one, and no entry speaks of both. The
// name said last is the one the asker gives as who; asked again with it
// alone, the entry about that person answers, and its answer says what
// the person is.

// unapposed returns the question without the first of two people named
// side by side, the words between them only a comma or none, when the
// first is said by a description ("the ukrainian guy"), not by name:
// "cho, budanov, anyone else?" lists two.
func (an analysis) unapposed() (analysis, bool) {
	for i := 1; i < len(an.terms); i++ {
		a, b := an.terms[i-1], an.terms[i]
		if !a.person || !b.person || a.text == b.text || b.pos != a.end || !slices.ContainsFunc(an.words[a.pos:a.end], func(w string) bool { return describesPerson[w] }) {
			continue
		}
		out := an
		out.terms = slices.Delete(slices.Clone(an.terms), i-1, i)
		return out, true
	}
	return analysis{}, false
}

// describesPerson are the nouns a description of a person ends in.
var describesPerson = setOf("guy", "dude", "man", "woman", "fella", "bloke", "gentleman", "general", "minister", "official", "chief")
