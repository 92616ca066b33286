package knowledge

import "slices"

// itsNames returns the names a part of a two-part question means by "it"
// when the part is only a kind of question ("In what decade was North
// Korea last in a war like this, and whose side is it on now?"): the
// names of the part before that are no person (a country, a force). The
// part then asks its kind of question of them, not of all the part before
// asks of ("last", "war"): "whose side is it on" is no question of the
// 1950s. None when the part says no "it", or the part before names no
// such name: it borrows the topic as before (see clausesOwn).
func itsNames(partWords []string, before []term) []term {
	if !slices.Contains(partWords, "it") {
		return nil
	}
	var names []term
	for _, t := range before {
		if t.kind == KindEntity && !t.person && !t.qualifier {
			names = append(names, t)
		}
	}
	return names
}

// isHowTerm reports whether t is the pack's "how" term (howTerm), which
// the pack reads as a word, not a kind of question, whatever it asks:
// the how of a manner ("and how did he make it?"), and any other "how"
// read as that term. A part it opens is still only a kind of question, and
// asks it of the part before's topic, as "and when?" does. "How many" and
// a "how" of degree are question terms of their own, not this one.
func isHowTerm(t term) bool { return t.text == howTerm }
