package knowledge

import (
	"cmp"
	"slices"
	"strings"
)

// The guards of who does what to whom (see grammar.go): a question about
// what one does is not answered by what another does, nor by an entry
// where no one does it.

// subjectActsGuard: "What did Pyongyang say about the proposal?" is not
// answered by an entry where North Korea does nothing. Its soldiers may
// act where the entry does not say who acts ("Can North Korean soldiers
// settle in South Korea?").
var subjectActsGuard = guard{
	name:       "subject-acts",
	relational: true,
	example:    "What did Pyongyang say about the proposal?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		acts := func(t string) bool { return ie.acting[t] }
		for _, t := range q.subjects {
			if !t.forces && !acts(t.text) && !eitherNamed(q.terms, t, acts) {
				return "entry does not speak of " + t.text + " doing anything"
			}
		}
		return ""
	},
}

// learnActing learns the names a text speaks of as doers, or may (see
// actors): a way of asking may name them as well as the answer.
func (f *entryFacts) learnActing(an analysis) {
	for _, t := range actors(an.words, an.terms) {
		f.acting[t.text] = true
	}
}

// actSpokenGuard: "Is North Korea sending weapons?" is not answered by an
// entry where it gains experience: an act the question names (a plain
// word), the entry must speak of someone doing, or name.
var actSpokenGuard = guard{
	name:       "act-spoken",
	relational: true,
	example:    "Is North Korea sending weapons to Russia?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		for _, d := range q.deeds {
			if len(ie.doneBy[d.act]) == 0 && d.actKind == KindWord && !ie.names(d.act) && !d.forces {
				return "entry does not speak of anyone doing " + d.act
			}
		}
		return ""
	},
}

// doerGuard: "Has South Korea sent troops?" is not answered by an entry
// where North Korea sends them and South Korea reports it. Names listed
// together do it together ("do South Korea and Ukraine focus on").
var doerGuard = guard{
	name:       "doer",
	relational: true,
	example:    "Has South Korea sent troops to Russia?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		for _, d := range q.deeds {
			doers := ie.doneBy[d.act]
			does := func(t string) bool { return doers[t] }
			if len(doers) > 0 && !doers[d.doer] && !eitherNamed(q.terms, q.terms[d.at], does) && !slices.ContainsFunc(d.mates, func(t term) bool { return does(t.text) }) {
				return "entry says another does " + d.act + ", not " + d.doer
			}
		}
		return ""
	},
}

// learnDeeds learns who does what, as the entry's answer states it (see
// deeds), and what it is done to or for (see objects). What one acting for
// a country does (Cho, for South Korea), the country does too; but an
// entry must name the country itself to be about its doings.
func (f *entryFacts) learnDeeds(answer analysis, lex *analyzer) {
	ws, ts := answer.words, answer.terms
	for _, o := range objects(ws, ts, false) {
		f.doneTo.add(o[0], o[1])
	}
	for _, d := range deeds(ws, ts, doers(ws, ts)) {
		f.doneBy.add(d.act, d.doer)
		if c := lex.actsFor[d.doer]; c != "" {
			f.doneBy.add(d.act, c)
		}
	}
}

// objectGuard: "Is North Korea giving support for Ukraine?" is not
// answered by North Korea's support of Russia in its war against Ukraine:
// what a thing is for, the entry's must be for ("support for Ukraine" is
// then answered by South Korea's).
var objectGuard = guard{
	name:       "object",
	relational: true,
	example:    "Is North Korea giving support for Ukraine?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		for _, o := range q.objects {
			if objs := ie.doneTo[o[0]]; len(objs) > 0 && !objs[o[1]] {
				return "entry speaks of " + o[0] + " of another, not of " + o[1]
			}
		}
		return ""
	},
}

// setAsideGuard: "Which allies of Moscow sent troops besides North
// Korea?" is not answered by North Korea sending them: a name set aside
// that is the only one the entry has doing the thing.
var setAsideGuard = guard{
	name:       "set-aside",
	relational: true,
	example:    "Which allies of Moscow sent troops besides North Korea?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if len(q.excluded) == 0 {
			return ""
		}
		for _, t := range q.terms {
			if doers := ie.doneBy[t.text]; len(doers) > 0 && onlyAmong(doers, q.excluded) {
				return "entry speaks only of " + strings.Join(q.excluded, " and ") + " doing " + t.text
			}
		}
		return ""
	},
}

// onlyAmong reports whether every one of set is in list.
func onlyAmong(set map[string]bool, list []string) bool {
	for k := range set {
		if !slices.Contains(list, k) {
			return false
		}
	}
	return true
}

// betweenGuard: "the discussions between Russia and North Korea" are not
// those between South Korea and Ukraine.
var betweenGuard = guard{
	name:       "between",
	relational: true,
	example:    "What do the discussions between Russia and North Korea focus on?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		for _, p := range q.parties {
			if b := ie.between[p[0]]; len(b) > 0 && !b[p[1]] {
				return "entry speaks of " + p[0] + " between others, not " + p[1]
			}
		}
		return ""
	},
}

// officialGuard: "Which Ukrainian official is quoted about North Korea's
// military?" is not answered by what Kyiv and its allies say, nor by South
// Korea's minister: an entry must name one acting for that country (or for
// any, if none is named).
var officialGuard = guard{
	name:       "official",
	relational: true,
	example:    "Which Ukrainian official is quoted about North Korea's military?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if q.official && !ie.namesOfficial(q.officialCountry, q.actsFor) {
			return "entry names no official of " + cmp.Or(q.officialCountry, "any country")
		}
		return ""
	},
}

// namesOfficial reports whether the entry names one acting for the
// country c (for any country if c is "") as doing something.
func (ie *indexedEntry) namesOfficial(c string, actsFor map[string]string) bool {
	for a := range ie.acting {
		if f := actsFor[a]; f != "" && (c == "" || f == c) {
			return true
		}
	}
	return false
}

// roleOfGuard: "Who leads Ukraine?" is not answered by the head of
// Ukraine's Defense Intelligence: a role of another thing than the one
// asked about.
var roleOfGuard = guard{
	name:       "role-of",
	relational: true,
	example:    "Who leads Ukraine?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		for _, ro := range q.roleObjects {
			if of := ie.roleOf[ro[0]]; len(of) > 0 && !of[ro[1]] {
				return "entry speaks of the " + ro[0] + " of another, not of " + ro[1]
			}
		}
		return ""
	},
}

// learnRolesAndParties learns what a text says a role is of (see
// roleObjects) and whom a thing is between (see parties).
func (f *entryFacts) learnRolesAndParties(an analysis) {
	for _, ro := range roleObjects(an.words, an.terms) {
		f.roleOf.add(ro[0], ro[1])
	}
	for _, p := range parties(an.words, an.terms) {
		f.between.add(p[0], p[1])
	}
}

// whoseGuard: "What did the Joint Chiefs say about Russian casualties?"
// is not answered by what they say of North Korean ones: a name before a
// word says whose it is, and the entry's must be that one's. A person's is
// their country's ("Budanov's agency").
var whoseGuard = guard{
	name:       "whose",
	relational: true,
	example:    "What did the Joint Chiefs say about Russian casualties?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		for _, cp := range q.compounds {
			owners := ie.whose[cp.word]
			of := func(e string) bool { return owners[e] }
			if len(owners) > 0 && !owners[cp.owner] && !owners[q.actsFor[cp.owner]] && !eitherNamed(q.terms, q.terms[cp.at], of) {
				return "entry speaks of another's " + cp.word + ", not " + cp.owner + "'s"
			}
		}
		return ""
	},
}

// learnWhose learns whose each word of a text is (see compounds): the JCS
// saying is South Korea saying, as they act for it.
func (f *entryFacts) learnWhose(an analysis, lex *analyzer) {
	for _, c := range compounds(an.terms, an.words) {
		f.whose.add(c[1], c[0])
		if by := lex.actsFor[c[0]]; by != "" && lex.kinds[c[1]] == KindAct {
			f.whose.add(c[1], by)
		}
	}
}
