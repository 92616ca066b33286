package knowledge

import (
	"slices"
	"strings"
)

// A query is one reading of a question, as the guards read it: its
// analysis, and the relations its words bear (who is said to do what, what
// is counted, what is set aside ...), found once for all the entries
// checked against it. Answer makes one for the question as it stands and
// one for each way it is asked again (see again); the guards only read it.
// It is the one place a reading of a question lives, so that a question
// read some other way (a follow-up resolved against what earlier turns
// named, as the question after a premise is by resolve) goes through the
// same guards.
type query struct {
	analysis
	// unique are its terms, each once, as they are ranked.
	unique []string
	// lexicon: the pack's synonyms' kinds, and who acts for whom ("cho" for
	// "south_korea"), as the question was read with them.
	kinds   map[string]Kind
	actsFor map[string]string
	// threshold is the engine's: below it, no entry answers; guards the
	// engine's guards.
	threshold float64
	guards    []*guard

	// related says the relations below have been read (see relate): the
	// guards marked relational read them.
	related bool

	// keys are its key words and numbers (see keyTerms).
	keys []string
	// counted is the word its "how many" counts, if any (see counted);
	// people the peoples it counts ("How many Ukrainians ...?").
	counted string
	people  []string
	// subjects are the names it asks about as doers (see subjects), deeds
	// what it says they do (see deeds).
	subjects []term
	deeds    []queryDeed
	// askedFor is the plain word a "which" or "what" asks for (see
	// askedFor).
	askedFor string
	// objects are what it says a thing is done for ("support for
	// Ukraine", see objects); parties whom a thing is between (see
	// parties); excluded the names it sets aside (see excluded).
	objects  [][2]string
	parties  [][2]string
	excluded []string
	// kindAsked says it asks what kind a name is, in a word the pack lacks
	// (see kindAsked).
	kindAsked bool
	// official says it asks which official did a thing, of country if it
	// names one (see officialAsked).
	official        bool
	officialCountry string
	// identity is what it asks "who is" of (see identity).
	identity string
	// roleObjects pair each role with what it is of (see roleObjects);
	// scopes are the places a "where" asks within (see scopes); compounds
	// say whose a word is ("Russian soldiers", see compounds).
	roleObjects [][2]string
	scopes      []string
	compounds   []queryCompound
}

// A queryDeed is a deed a question speaks of, with what the guards need of
// it: the kind of its act, where its doer stands among the terms, and the
// names listed with the doer ("do South Korea and Ukraine focus on": they
// do it together).
type queryDeed struct {
	deed
	actKind Kind
	at      int
	mates   []term
}

// A queryCompound is a word and the name that says whose it is (see
// compounds), and where the name stands among the terms.
type queryCompound struct {
	owner, word string
	at          int
}

// newQuery makes a query of an analysis, from the engine's pool: guards
// take it through function values, which would put a new one on the heap
// for every question. Give it back with freeQuery when done.
func (e *Engine) newQuery(an analysis) *query {
	q := e.queries.Get().(*query)
	*q = query{analysis: an, unique: uniqueTerms(an.terms), kinds: e.an.kinds, actsFor: e.an.actsFor, threshold: e.threshold, guards: e.guards}
	return q
}

// relate reads the relations of the query's words, once, when the first
// guard that reads them is about to (see query.check): most questions that
// are turned down are turned down for their score, and need none.
func (q *query) relate() {
	q.related = true
	ws, ts := q.words, q.terms
	q.keys = keyTerms(ts)
	q.counted, _ = counted(ts)
	for i, t := range ts {
		if t.people && i > 0 && ts[i-1].kind == KindQuestion && ts[i-1].end == t.pos {
			q.people = append(q.people, t.text)
		}
	}
	q.subjects = subjects(ws, ts)
	for _, d := range deeds(ws, ts, q.subjects) {
		qd := queryDeed{deed: d, actKind: q.kinds[d.act], at: slices.IndexFunc(ts, func(t term) bool { return t.text == d.doer })}
		if qd.at >= 0 { // (a doer is always one of the terms)
			from, to := listSpan(ws, ts, qd.at)
			qd.mates = ts[from:to]
		}
		q.deeds = append(q.deeds, qd)
	}
	q.askedFor, _ = askedFor(ws, ts)
	q.objects = objects(ws, ts, true)
	q.excluded = excluded(ws, ts)
	q.parties = parties(ws, ts)
	q.kindAsked = len(q.unknown) > 0 && kindAsked(ws, ts)
	q.officialCountry, q.official = officialAsked(ws, ts)
	q.identity, _ = identity(ws, ts)
	q.roleObjects = roleObjects(ws, ts)
	q.scopes = scopes(ws, ts)
	for _, cp := range compounds(ts, ws) {
		at := slices.IndexFunc(ts, func(t term) bool { return t.text == cp[0] })
		q.compounds = append(q.compounds, queryCompound{owner: cp[0], word: cp[1], at: at})
	}
}

// freeQuery gives q back to the pool; nothing may read it after.
func (e *Engine) freeQuery(q *query) {
	*q = query{}
	e.queries.Put(q)
}

// keyTerms lists the key words (measures, dates) and numbers among ts.
func keyTerms(ts []term) []string {
	var out []string
	for _, t := range ts {
		if (t.kind == KindKey || isNumber(t.text)) && !slices.Contains(out, t.text) {
			out = append(out, t.text)
		}
	}
	return out
}

// scopes lists the names a "where" question asks within: "Where in South
// Korea will the POWs live?" asks for a place in South Korea, which
// "South Korea" does not answer. A name before "where" is a premise ("They
// are in Kursk; is that where they fight?").
func scopes(ws []string, ts []term) []string {
	i := slices.IndexFunc(ts, func(t term) bool { return t.kind == KindQuestion && t.text == whereTerm })
	if i < 0 {
		return nil
	}
	return placesAfter(ws, ts[i+1:], within)
}

// identity returns what a "who is X?" question asks the identity of
// ("Who is Cho?", "Who are the North Korean POWs?", "names of the POWs"):
// the word "who" and a form of "be" first, or the word "name" anywhere,
// and besides only names, roles, key words ("captured") and plain words
// after them, X being the first such plain word ("the chief's deputy"),
// or else the first name or role not qualifying another ("the foreign
// minister of South Korea", "the North Korean POWs"). An entry that says
// who did something to X ("who proposed accepting the POWs") does not say
// who X is.
func identity(ws []string, ts []term) (string, bool) {
	q := slices.IndexFunc(ts, func(t term) bool {
		return t.kind == KindQuestion && strings.HasPrefix(ws[t.pos], "name")
	})
	if q < 0 && len(ts) > 0 && ts[0].kind == KindQuestion && ws[ts[0].pos] == "who" && ts[0].end < len(ws) && beAux[ws[ts[0].end]] {
		q = 0
	}
	if q < 0 || len(ts) < 2 {
		return "", false
	}
	rest := slices.Delete(slices.Clone(ts), q, q+1)
	x := ""
	for i, t := range rest {
		switch {
		case t.kind == KindKey: // "the captured soldiers"
		case t.kind == "" && i > 0:
			// a word no synonym reads, after a name or role, is the one
			// asked about: "the name of Ukraine's intelligence chief's
			// deputy" (but "who is reporting that" asks no identity)
			return t.text, true
		case t.kind == "":
			return "", false
		case t.kind != KindEntity && t.kind != KindRole:
			return "", false
		case x == "" && !(t.kind == KindEntity && i+1 < len(rest) && modifier(rest, i)):
			x = t.text
		}
		if t.kind == KindRole && t.end < len(ws) && ws[t.end] == possessive {
			x = "" // "the foreign minister's boss": the boss is asked about
		}
	}
	return x, x != ""
}

// askedFor returns the plain word a "which" or "what" asks for ("Which
// reports indicate ...?", "What weapons ...?"): an answer must speak of
// it.
func askedFor(ws []string, ts []term) (string, bool) {
	for i, t := range ts {
		if w := before(ws, t.pos); t.kind == "" && (w == "which" || w == "what") && !verbBefore(ws, ts, i) {
			return t.text, true
		}
	}
	return "", false
}

// verbBefore reports whether ts[i], a plain word, is a verb before its
// object ("What marks North Korea's first war?", "What marks the ..."),
// not the thing asked for.
func verbBefore(ws []string, ts []term, i int) bool {
	t := ts[i]
	if t.end < len(ws) && determiners[ws[t.end]] {
		return true
	}
	return i+1 < len(ts) && ts[i+1].pos == t.end && ts[i+1].kind == KindEntity
}

// officialAsked reports whether the question asks which official did a
// thing, and of which country if it says ("Which Ukrainian official is
// quoted ...?"): an answer must name one, as Budanov acts for Ukraine.
func officialAsked(ws []string, ts []term) (country string, ok bool) {
	for i, w := range ws {
		if w != "which" && w != "what" {
			continue
		}
		j := i + 1
		for _, t := range ts {
			if t.kind == KindEntity && t.pos == j {
				country, j = t.text, t.end
			}
		}
		if j < len(ws) && officials[ws[j]] {
			return country, true
		}
		country = ""
	}
	return "", false
}

// counted returns the word a question counts, right before or after its
// "how many" ("how many casualties", "the casualty figure"), when that is
// a word of the pack's, not a name or a role (those are checked as such).
func counted(ts []term) (string, bool) {
	for i, t := range ts {
		if t.kind != KindQuestion || t.text != howMany {
			continue
		}
		if i+1 < len(ts) && ts[i+1].pos == t.end && ts[i+1].kind == KindWord {
			return ts[i+1].text, true
		}
		if i > 0 && ts[i-1].end == t.pos && ts[i-1].kind == KindWord {
			return ts[i-1].text, true
		}
	}
	return "", false
}

// kindAsked reports whether the question asks if a name is a thing of some
// kind ("Is the KN-23 a cruise missile?"): a copula first, then the name,
// then "a" or "an".
func kindAsked(ws []string, ts []term) bool {
	if len(ws) < 4 || !beAux[ws[0]] {
		return false
	}
	i := 1
	if ws[i] == "the" {
		i++
	}
	for _, t := range ts {
		if t.pos == i && t.kind == KindEntity {
			return t.end < len(ws) && (ws[t.end] == "a" || ws[t.end] == "an")
		}
	}
	return false
}

// excluded lists the names a question sets aside ("besides North Korea",
// "other than Kyiv"): it asks about others.
func excluded(ws []string, ts []term) []string {
	var out []string
	for _, t := range ts {
		if t.kind != KindEntity || t.pos == 0 {
			continue
		}
		w := ws[t.pos-1]
		if t.pos > 1 && (w == "than" || w == "from") {
			w = ws[t.pos-2] + " " + w
		}
		if setAside[w] {
			out = append(out, t.text)
		}
	}
	return out
}
