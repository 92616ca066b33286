package knowledge

import "slices"

// Who supports whom. "Is Ukraine supporting Russia?" is not answered by
// North Korea sending troops to bolster Russian forces, nor "Who supports
// Seoul?" by South Korea supporting Ukraine: support (bolster, back, help,
// aid, side with: the pack's support word) goes one way, from a supporter
// to the one it supports, and a question that names either must name the
// one its entry's answer states. Support is read apart from deeds (see
// grammar.go): its supporter is often the doer of another verb whose
// purpose it is ("North Korea has sent troops to bolster"), or whose
// commitment it is ("South Korea's commitment to support"), which is no
// deed of that doer's for the other guards ("Who says North Korea sent
// soldiers to fight for Russia?").

// supportTerm is the pack's word for supporting.
const supportTerm = "support"

// sendTerm is the term of sending ("sent", "deployed", "dispatched").
const sendTerm = "send"

// supportFacts are who an entry's answer says supports, and whom.
type supportFacts struct {
	supporters, supported map[string]bool
}

// learnSupport learns, from an entry's answer, the names support is given
// to (the name right after the support word, see objects) and the names
// that give it: the nearest name before the support word that is none of
// those it is given to and no place or object ("to Russia"), or, with none
// before, the first such name after ("To bolster Russian forces: North
// Korea sent ...").
func (f *supportFacts) learnSupport(an analysis, lex *analyzer) {
	ws, ts := an.words, an.terms
	if !slices.ContainsFunc(ts, func(t term) bool { return t.text == supportTerm }) {
		return
	}
	if f.supporters == nil {
		f.supporters, f.supported = map[string]bool{}, map[string]bool{}
	}
	given := supportObjects(ws, ts)
	for _, o := range given {
		f.supported[o] = true
	}
	giver := func(t term) bool {
		return t.kind == KindEntity && !slices.Contains(given, t.text) && !placeOrObject[before(ws, t.pos)]
	}
	for i, t := range ts {
		if t.text != supportTerm {
			continue
		}
		at := -1
		for j := i - 1; j >= 0; j-- {
			if giver(ts[j]) {
				at = j
				break
			}
		}
		if at < 0 {
			at = slices.IndexFunc(ts[i+1:], giver)
			if at >= 0 {
				at += i + 1
			}
		}
		if at >= 0 {
			f.supporters[ts[at].text] = true
			if c := lex.actsFor[ts[at].text]; c != "" {
				f.supporters[c] = true
			}
		}
	}
}

// supportObjects lists the names support is given to: the name right
// after the support word (past "for" and "the"), or, for a name that
// only qualifies another ("assist North Korean POWs"), the other: the POWs
// are assisted, not North Korea; but "bolster Russian forces" is Russia's.
func supportObjects(ws []string, ts []term) []string {
	var out []string
	for i := 0; i+1 < len(ts); i++ {
		t, o := ts[i], ts[i+1]
		if t.text != supportTerm || o.kind != KindEntity || o.pos < t.end {
			continue
		}
		if gap := ws[t.end:o.pos]; len(gap) > 2 || slices.ContainsFunc(gap, func(w string) bool { return w != "for" && w != "the" }) {
			continue // ("help the North", "support for the Ukrainians")
		}
		if _, ok := supportClause(ws, ts, i); ok {
			// the subject of a clause about the support, its giver: the
			// one given it is the name the clause gives it to ("the help
			// North Korea is giving Russia")
			if k := i + 2; k < len(ts) && ts[k].kind == KindEntity && givingAt(ws, ts[k].pos) {
				out = append(out, ts[k].text)
			}
			continue
		}
		if i+2 < len(ts) && o.qualifier && ts[i+2].kind == KindEntity && ts[i+2].pos == o.modifies {
			o = ts[i+2]
		}
		out = append(out, o.text)
	}
	return out
}

// supportClause reports whether the support word at ts[i] is a noun a
// clause follows whose subject is the name after it ("the help North
// Korea is giving Russia"), and returns that name's index.
func supportClause(ws []string, ts []term, i int) (int, bool) {
	t := ts[i]
	if i+1 >= len(ts) || t.pos == 0 || !supportNoun[ws[t.pos-1]] {
		return 0, false
	}
	o := ts[i+1]
	if o.kind != KindEntity || o.end >= len(ws) || !(beAux[ws[o.end]] || doAux[ws[o.end]]) {
		return 0, false
	}
	return i + 1, true
}

// givingAt reports whether a verb of giving stands right before word i,
// past an auxiliary's participle ("giving Russia", "has given Russia").
func givingAt(ws []string, i int) bool {
	return i > 0 && givingVerbs[ws[i-1]]
}

// givingVerbs give support to the name after them.
var givingVerbs = setOf("giving", "given", "give", "gives", "gave", "providing", "provided", "provide", "provides", "offering", "offered", "offer", "offers", "lending", "lent", "lend", "sending", "sent", "send", "extending", "extended")

// supportNoun are the words that make the support word after them a
// noun ("the help", "what kind of help", "any support"), which a clause
// may follow: the name after it is then that clause's subject.
var supportNoun = setOf("the", "of", "what", "which", "any", "this", "that", "such", "more", "much")

// supportAsked reads who a question asks of as supporting (a doer of the
// support word, see deeds, or its agent after "by") and as supported (the
// name right after it, or the name before it in the passive: "Is Ukraine
// supported by Russia?").
func supportAsked(ws []string, ts []term, ds []queryDeed) (by []queryDeed, of []string) {
	for _, d := range ds {
		if d.act == supportTerm {
			by = append(by, d)
		}
	}
	of = supportObjects(ws, ts)
	for i, s := range ts {
		if s.text != supportTerm {
			continue
		}
		if k, ok := supportClause(ws, ts, i); ok && !slices.ContainsFunc(by, func(q queryDeed) bool { return q.at == k }) {
			by = append(by, queryDeed{deed: deed{doer: ts[k].text, act: supportTerm}, at: k})
		}
	}
	for i := 1; i < len(ts); i++ {
		// the name between an auxiliary and the support word, past "the"
		// ("who does the DPRK help?"), which deeds may not read as a
		// subject
		d, s := ts[i-1], ts[i]
		if s.text != supportTerm || d.kind != KindEntity || d.end != s.pos || slices.ContainsFunc(by, func(q queryDeed) bool { return q.at == i-1 }) {
			continue
		}
		if aux := before(ws, d.pos); doAux[aux] || modals[aux] || beAux[aux] && ingAt(ws, s.pos) {
			by = append(by, queryDeed{deed: deed{doer: d.text, act: supportTerm}, at: i - 1})
		}
	}
	for i, s := range ts {
		if s.text != supportTerm || s.end >= len(ws) || ws[s.end] != "by" {
			continue
		}
		if i+1 < len(ts) && ts[i+1].kind == KindEntity && ts[i+1].pos-s.end <= 2 && !slices.ContainsFunc(by, func(d queryDeed) bool { return d.at == i+1 }) {
			by = append(by, queryDeed{deed: deed{doer: ts[i+1].text, act: supportTerm}, at: i + 1})
		}
		for j := i - 1; j >= 0; j-- {
			if ts[j].kind == KindEntity && !placeOrObject[before(ws, ts[j].pos)] {
				of = append(of, ts[j].text)
				break
			}
		}
	}
	return by, of
}

// supportGuard: "Is Ukraine supporting Russia?" is not answered by North
// Korea bolstering Russian forces, nor "Who supports Seoul?" by South
// Korea supporting Ukraine: the supporter a question names must be one
// the entry's answer states, and the one supported too.
var supportGuard = guard{
	name:       "support-direction",
	relational: true,
	example:    "Who supports Seoul?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if len(ie.support.supporters) == 0 && len(ie.support.supported) == 0 {
			return ""
		}
		for _, o := range q.supportOf {
			if slices.Contains(q.objects, [2]string{supportTerm, o}) {
				continue // "support for Ukraine": see objectGuard
			}
			if len(ie.support.supported) > 0 && !ie.support.supported[o] {
				return "entry says support goes to another, not to " + o
			}
		}
		gives := func(t string) bool { return ie.support.supporters[t] }
		for _, d := range q.supportBy {
			if len(ie.support.supporters) == 0 || d.at < 0 || gives(d.doer) || gives(q.actsFor[d.doer]) || eitherNamed(q.terms, q.terms[d.at], gives) || slices.ContainsFunc(d.mates, func(t term) bool { return gives(t.text) }) {
				continue
			}
			return "entry says another supports, not " + d.doer
		}
		return ""
	},
}
