package knowledge

import "slices"

// A choice of who did a thing ("Was it South Korea or Ukraine that
// suggested working together?", "who proposed it, sk or ua?", "did the
// US or Ukraine report it?") is settled only by an entry that says which
// of them did it. An entry that names one of them answers with that one
// (see eitherNamed): the report supports it and says nothing of the
// other. But an entry that names both, and says neither does the act
// (that South Korea is collaborating with Ukraine), does not say which
// suggested it, however well it matches.

// doerChoice returns the act a choice of names is asked the doer of, and
// the choice's link (term.either): the names follow "was it" or "did" and
// come right before the act ("was it X or Y that suggested", "did X or Y
// report"), or follow a "who" asking the act right after it ("who
// proposed it, X or Y?").
func doerChoice(ws []string, ts []term) (act string, either int, ok bool) {
	for i := 0; i < len(ts); i++ {
		t := ts[i]
		if t.either == 0 || t.kind != KindEntity {
			continue
		}
		j := i
		for j+1 < len(ts) && ts[j+1].either == t.either {
			j++
		}
		if j == i || slices.ContainsFunc(ts[i:j+1], func(o term) bool { return o.kind != KindEntity }) {
			i = j
			continue
		}
		// "was it X or Y that V", "did X or Y V"
		cleft := t.pos >= 2 && beAux[ws[t.pos-2]] && ws[t.pos-1] == "it" || t.pos >= 1 && doAux[ws[t.pos-1]]
		if cleft && j+1 < len(ts) && isAct(ts[j+1]) {
			gap := ws[ts[j].end:ts[j+1].pos]
			if len(gap) <= 1 && !slices.ContainsFunc(gap, func(w string) bool { return w != "that" && w != "who" && w != "which" }) {
				return ts[j+1].text, t.either, true
			}
		}
		// "who V ..., X or Y"
		if i >= 2 && ts[0].text == "who" && ts[0].kind == KindQuestion && isAct(ts[1]) && ts[1].pos <= ts[0].end+1 && j == len(ts)-1 {
			return ts[1].text, t.either, true
		}
		i = j
	}
	return "", 0, false
}

// isAct reports whether t is a term of an act, a verb the pack knows.
func isAct(t term) bool { return t.kind == KindWord || t.kind == KindAct }

// settledGuard: "Was it South Korea or Ukraine that suggested working
// together on the prisoners?" is not answered by the collaboration between
// South Korea and Ukraine: an entry naming both of a choice of who did a
// thing must say one of them does it (see doerChoice).
var settledGuard = guard{
	name:       "settled",
	relational: true,
	example:    "Was it South Korea or Ukraine that suggested working together on the prisoners?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		act, either := q.choiceAct, q.choiceEither
		if !q.choiceOK {
			return ""
		}
		named := 0
		for _, t := range q.terms {
			if t.either != either {
				continue
			}
			if ie.doneBy[act][t.text] {
				return ""
			}
			if ie.names(t.text) {
				named++
			}
		}
		if named > 1 {
			return "entry names both alternatives and says neither does " + act
		}
		return ""
	},
}
