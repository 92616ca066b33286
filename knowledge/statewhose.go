package knowledge

import "strings"

// "Is Russia's army improved?" asks a state of Russia's forces: that
// they are what was improved, or improved themselves. An entry speaking of
// Russian forces only as those North Korea works alongside ("improving
// their weapon systems through collaboration with Russian forces") says
// nothing of that state, though it names the group and the word asked.
// The question's group must then be what the entry does the word to
// ("bolster Russian forces": are Russia's forces bolstered?) or act in
// it: actingWhoseGuard's reading, for a group the question opens with
// however it is asked ("russian army upgraded?", "did russia's army get
// better?"). And "Is Russia improved?" asks Russia done to: an entry
// where Russia does the improving, to another's missiles, does not
// answer it.

// stateWhoseGuard: "Is Russia's army improved?" is not answered by North
// Korea improving its weapons through collaboration with Russian forces,
// nor "Is Russia more powerful?" by Russia improving North Korea's
// missiles.
var stateWhoseGuard = guard{
	name:       "state-whose",
	relational: true,
	example:    "Is Russia's army improved?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		for _, cp := range q.compounds {
			p, ok := stateAsked(q.words, q.terms, cp)
			if !ok || !ie.whose[cp.word][cp.owner] || ie.whoseActing[cp.word][cp.owner] || ie.doneTo[p][cp.owner] {
				continue
			}
			return "entry does not speak of " + cp.owner + "'s " + cp.word + " as " + p
		}
		if x, p, ok := doneToAsked(q.words, q.terms); ok && !ie.doneTo[p][x] {
			// the name done to, or at least acting in the entry in
			// another way: not the one doing it, nor one spoken of
			// only as others' partner ("collaboration with Russian
			// forces")
			if ie.doneBy[p][x] {
				return "entry has " + x + " doing " + p + ", not done to"
			}
			if !ie.acting[x] {
				return "entry does not speak of " + x + " as " + p
			}
		}
		return ""
	},
}

// stateOpeners may stand before the group a question opens with.
var stateOpeners = setOf("is", "are", "was", "were", "has", "have", "had", "did", "does", "do", "the")

// opensWith reports whether the words before position i only open the
// question (see stateOpeners and movesOn).
func opensWith(ws []string, i int) bool {
	for _, w := range ws[:i] {
		if !stateOpeners[w] && !movesOn[w] {
			return false
		}
	}
	return true
}

// stateAsked returns the word a question asks of a group of people, and
// whether it asks one: the question opens with the group's owner and the
// group, past an auxiliary, and the word comes right after them, two
// words at most ("are Russian troops upgraded", "is Russia's army more
// powerful", "russian army got buffed?", "have Russian soldiers been
// buffed").
func stateAsked(ws []string, ts []term, cp queryCompound) (string, bool) {
	i := cp.at
	if i < 0 || i+2 >= len(ts) || ts[i+1].text != cp.word || ts[i+1].kind != KindRole || !opensWith(ws, ts[i].pos) {
		return "", false
	}
	p := ts[i+2]
	if p.kind != KindWord || p.pos-ts[i+1].end > 2 {
		return "", false
	}
	if !auxOpened(ws, ts[i].pos) && !stateForm(ws[p.pos]) {
		return "", false // "nk army first time joining war": no state asked
	}
	return p.text, true
}

// auxOpened reports whether an auxiliary stands before position i.
func auxOpened(ws []string, i int) bool {
	for _, w := range ws[:i] {
		if stateOpeners[w] && w != "the" {
			return true
		}
	}
	return false
}

// stateForm reports whether w may say a state: a past participle or a
// comparative ("upgraded", "stronger", "more powerful").
func stateForm(w string) bool {
	return strings.HasSuffix(w, "ed") || comparativeSpelled(w) || w == "more"
}

// comparativeSpelled reports whether w is spelled as a comparative, not
// merely a word in "-er": a doubled consonant or "i" before the ending
// ("bigger", "heavier"), or "g", "k", "t" or "st" before it ("stronger",
// "weaker", "greater", "faster"). The nouns in "-er" that name a role or
// a relation ("partner", "leader", "member", "power", "other") are not
// states done to anyone.
func comparativeSpelled(w string) bool {
	n := len(w)
	if n < 5 || !strings.HasSuffix(w, "er") {
		return false
	}
	c := w[n-3]
	switch {
	case c == w[n-4] && !strings.ContainsRune("aeiou", rune(c)):
		return true // bigger, hotter, smaller
	case c == 'i':
		return true // heavier, earlier
	}
	return c == 'g' || c == 'k' || c == 't'
}

// doneToAsked returns the name and the word of a question asking whether
// the name had the thing done to it ("is Russia improved?", "is Russia
// more powerful now?"), and whether it asks so: it opens with "is" or
// "are", then the name alone, then a past participle or a comparative.
func doneToAsked(ws []string, ts []term) (string, string, bool) {
	if len(ts) < 2 || len(ws) < 3 || !beAux[ws[0]] {
		return "", "", false
	}
	x, p := ts[0], ts[1]
	if x.kind != KindEntity || x.pos != 1 || x.person || p.kind != KindWord || p.pos != x.end {
		return "", "", false
	}
	if !stateForm(ws[p.pos]) {
		return "", "", false
	}
	return x.text, p.text, true
}
