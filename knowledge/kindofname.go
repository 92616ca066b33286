package knowledge

import "slices"

// kindOfNameGuard: "What kind of missile is the KN-23?" is not answered by
// the entry that calls the KN-23 a missile: it asks which kind of missile,
// which the report never says. "What kind of weapon is the KN-23?" is
// answered by it (a missile): the kind asked is a word the entry's answer
// does not put after the name (see learnInstances).
var kindOfNameGuard = guard{
	name:    "kind-of-name",
	example: "What kind of missile is the KN-23?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		name, kind, ok := kindOfName(q.words, q.terms)
		if !ok || !ie.instances[name] || !ie.instances[kind] {
			return ""
		}
		return "entry calls " + name + " a " + kind + ", and says not which kind"
	},
}

// kindOfName reads "what kind of X is the NAME?" ("which type of missile
// is the KN-23"): the name and the kind word X, as the pack reads them.
// A question ending on X ("what even is a KN-23, what kind of missile is
// it") asks it of the one name before.
func kindOfName(ws []string, ts []term) (name, kind string, ok bool) {
	for i := 0; i+3 < len(ws); i++ {
		if (ws[i] != "what" && ws[i] != "which") || !kindNouns[ws[i+1]] || ws[i+2] != "of" {
			continue
		}
		for k, t := range ts {
			if t.pos != i+3 {
				continue
			}
			j := t.end
			if j == len(ws) || pronounBeTail(ws[j:]) {
				// "what kind of missile (is it)": the reading drops a
				// trailing "is it", leaving the kind word last
				// (or the one name a reading of the question after its
				// premise carries after it: "What means KN-23 exactly,
				// which kind of missile it is?")
				return earlierName(slices.Delete(slices.Clone(ts), k, k+1), t.text)
			}
			if k+1 < len(ts) && !beAux[ws[j]] {
				// a learner's order, the name before "is": "which kind
				// of missile KN-23 is", as the pronoun's name reads
				// "which kind of missile it is"
				at := j
				if ws[at] == "the" || ws[at] == "a" || ws[at] == "an" {
					at++
				}
				if n := ts[k+1]; n.kind == KindEntity && n.pos == at && n.end+1 == len(ws) && beAux[ws[n.end]] {
					return n.text, t.text, true
				}
			}
			if k+1 >= len(ts) || !beAux[ws[j]] {
				return "", "", false
			}
			j++
			if j < len(ws) && (ws[j] == "the" || ws[j] == "a" || ws[j] == "an") {
				j++
			}
			if n := ts[k+1]; n.kind == KindEntity && n.pos == j {
				return n.text, t.text, true
			}
			return "", "", false
		}
	}
	return "", "", false
}

// pronounBeTail reports whether ws are only a pronoun and a form of "be",
// in either order: a learner's "which kind of missile it is" asks as
// "which kind of missile is it" does.
func pronounBeTail(ws []string) bool {
	if len(ws) != 2 {
		return false
	}
	p, b := ws[0], ws[1]
	if beAux[p] {
		p, b = b, p
	}
	return beAux[b] && (p == "it" || p == "they" || p == "this" || p == "that")
}

// kindNouns ask a kind after "what" or "which": "what kind of", "which
// type of".
var kindNouns = setOf("kind", "kinds", "type", "types", "sort", "sorts")

// earlierName returns the one name before "what kind of X is it", with the
// kind word X: a pronoun ending the question stands for it. Two names, or
// none, leave the pronoun unread.
func earlierName(ts []term, kind string) (name, k string, ok bool) {
	for _, t := range ts {
		if t.kind != KindEntity {
			continue
		}
		if name != "" && name != t.text {
			return "", "", false
		}
		name = t.text
	}
	return name, kind, name != ""
}
