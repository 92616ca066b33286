package knowledge

import (
	"slices"
	"strconv"
	"strings"
)

// The guards of what a question is about and what it asks for: a name, a
// role, a kind of answer, the thing a "which" asks for, who or what
// something is. The entry must speak of it itself. The guards of figures
// (what is counted or measured, when) are in figureguards.go.

// namedGuard: "How many North Korean POWs are there?" is not answered by
// how many troops North Korea sent: a question naming an entity, a role, a
// key word or a number is about that, and a neighbour is not an answer.
// The entry must name it itself, in its question, answer or phrasings: its
// quotes name bystanders ("Kyiv and its allies ... South Korea"), but not
// what a thing it speaks of is about ("why do the POW talks matter?" is
// answered by why the talks matter, which its quote says are regarding
// prisoners of war: see topics). One of alternatives is enough ("Russia
// or Ukraine").
var namedGuard = guard{
	name:    "named",
	example: "How many North Korean POWs are there?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		for _, t := range q.terms {
			if countrysPossessor(q, t, ie) {
				continue // "north korean military's missiles" (possessorrole.go)
			}
			if (t.kind == KindEntity || t.kind == KindKey || t.kind == KindRole || isNumber(t.text)) && !ie.names(t.text) && !(eitherNamed(q.terms, t, ie.names) && !comparesNames(q.terms, t)) && !ie.namesTopic(t.text) && !ie.tells(q, t.text) && !(t.kind == KindEntity && q.describes(t.text)) {
				return "entry does not speak of " + t.text
			}
		}
		return ""
	},
}

// paragraphGuard: "What does the final paragraph say about the troops'
// training?" is not answered by the entry on their training, which quotes
// paragraph 6: a question that points at a paragraph (see paragraphAsked)
// is answered only by an entry that quotes it.
var paragraphGuard = guard{
	name:    "paragraph",
	example: "What does the final paragraph say about the troops' training?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		p := q.paragraph
		if p == 0 {
			return ""
		}
		if p == lastParagraph {
			p = q.paragraphs
		}
		if slices.Contains(ie.paragraphs, p) {
			return ""
		}
		return "entry quotes nothing of paragraph " + strconv.Itoa(p)
	},
}

// kindOfAnswerGuard: "Why did Cho call Ukraine?" is not answered by how he
// made the proposal: a question of a kind (how many, when, where, who,
// why) is answered only by an entry of that kind, unless the entry answers
// it without being asked it (see answersWho).
var kindOfAnswerGuard = guard{
	name:    "kind-of-answer",
	example: "Why did Cho call Ukraine?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		for i, t := range q.terms {
			if asksPartnerOrRecipient(q.words, q.terms, t) && !ie.answersPartner(q.terms) && (ie.answersDoer(q.terms) || ie.sentence != nil) {
				// its own "who" is the doer: "To whom did South Korea
				// make the proposal?" is not answered by who made it;
				// and a sentence, written for no question, answers
				// "with whom was he speaking?" only where it says with
				// whom, not by naming him, the one asked of
				return "entry says who does it, not to or with whom"
			}
			if ie.partnerAnswered(q, t) {
				continue // its answer says to or with whom
			}
			if r, ok := roleAsked(q.words, q.terms, i); ok {
				// "captured by who?": the entry must say who captured, or
				// who does another act the question speaks of ("made by
				// who, and presented how?"), however it asks "who" itself
				if !ie.answersRole(r, q.terms) && (r.next || !ie.answersWho(q, i)) {
					return "entry does not say who " + r.act
				}
				continue
			}
			if t.kind == KindQuestion && !ie.names(t.text) && !eitherNamed(q.terms, t, ie.names) && !ie.answersWho(q, i) && !ie.answersWhere(q, i) && !ie.holderAsked(q, i) {
				return "entry does not speak of " + t.text
			}
		}
		return ""
	},
}

// countryWords ask which country, in a "who".
var countryWords = setOf("country", "countries", "nation", "nations", "state", "states")

// answersPartner reports whether the entry's answer says to or with whom
// (or between whom) an act the question ts speaks of is done, one the
// question does not name: "To whom did Seoul propose the joint approach?"
// (see asksPartner).
func (ie *indexedEntry) answersPartner(ts []term) bool {
	for _, a := range ts {
		if a.kind == KindWord || a.kind == KindAct {
			if unnamedIn(ts, ie.partners[a.text]) || unnamedIn(ts, ie.between[a.text]) {
				return true
			}
		}
	}
	return false
}

// answersDoer reports whether the entry's answer says who does an act
// the question ts speaks of, one the question does not name. Unlike
// answersWho, it counts an act written as a thing ("made the proposal"):
// who made it is no answer to whom it was made to.
func (ie *indexedEntry) answersDoer(ts []term) bool {
	return slices.ContainsFunc(ts, func(a term) bool {
		return (a.kind == KindWord || a.kind == KindAct) && unnamedIn(ts, ie.doneBy[a.text])
	})
}

// unnamedIn reports whether one of names is not among the terms ts.
func unnamedIn(ts []term, names map[string]bool) bool {
	for n := range names {
		if !slices.ContainsFunc(ts, func(o term) bool { return o.text == n }) {
			return true
		}
	}
	return false
}

// names reports whether the entry speaks of the term t itself, in its
// question, answer or phrasings, not only in its quotes or asides, or t is
// a number of the date its facts hold for (as_of).
func (ie *indexedEntry) names(t string) bool {
	return ie.bag[t] >= phrasingWeight || slices.Contains(ie.asOf, t)
}

// answersWho reports whether the entry answers the "who" kind of question
// q.terms[i] without being asked it: "Who said North Korea is gaining
// experience?" by an entry that says who says so; "Whose welfare do they
// discuss?" ("the welfare of whom?") by the entry about that welfare, which
// says whose; "Which country is South Korea working with?" by an entry
// whose answer says who else does what the question speaks of.
func (ie *indexedEntry) answersWho(q *query, i int) bool {
	t, ts, ws := q.terms[i], q.terms, q.words
	switch {
	case t.text == "who" && i+1 < len(ts) && len(ie.doneBy[ts[i+1].text]) > 0 && ts[i+1].pos <= t.end+1:
		// (who does it, which the entry says; not when: "when says
		// North Korea might send more troops?")
		return true
	case whoseThing(ws, t) >= 0 && i+1 < len(ts) && ts[i+1].pos == whoseThing(ws, t) && ie.names(ts[i+1].text):
		// and where the entry says whose, one the question does not
		// name: "whose forces are the North Korean troops reinforcing?"
		// is not answered by North Korea's troops
		owners := ie.whose[ts[i+1].text]
		return len(owners) == 0 || unnamedIn(ts, owners)
	case ws[t.pos] == "whom" && i > 0 && before(ws, t.pos) == "of" && ts[i-1].end == t.pos-1 && ie.names(ts[i-1].text):
		return true
	case t.text == "who" && betweenAsked(ws, ts, ie) && !asksPerson(ws, t):
		// (the sides of the talks are countries: "which minister for
		// South Korea dey talk about accepting POWs?" asks a person,
		// whom no answer that names the two countries gives)
		return true
	case t.text == "who" && strings.HasPrefix(ws[t.pos], "name") && namesThingAsked(ws, ts, ie):
		return true
	case t.text == "who":
		// the entry's answer says who does an act the question speaks
		// of (a verb, not a thing: "the president"), and that one is not
		// named in the question: "Which country is South Korea working
		// with?", "The warning came from who?"; or, asked whose a thing
		// is (see asksOwner), whose the entry says it is
		if asksPartner(ws, t) && ie.answersPartner(ts) {
			return true // "To whom did Seoul propose the joint approach?"
		}
		if ie.answersMutual(ts) {
			return true // "Who's helping nk troops get combat experience?": the ones they work with
		}
		if asksPartner(ws, t) && slices.ContainsFunc(ws[t.pos:t.end], func(w string) bool { return countryWords[w] }) && slices.ContainsFunc(ie.places, func(p string) bool {
			return !slices.ContainsFunc(ts, func(o term) bool { return o.text == p })
		}) {
			return true // "Which country did North Korea send its soldiers to?": where it sent them (not "Who did Cho talk to?", a person)
		}
		owner := asksOwner(ws, t)
		for _, a := range ts {
			if owner && a.kind == KindEntity && unnamedIn(ts, ie.whose[a.text]) {
				return true // "Which country do the KN-23 missiles belong to?": North Korea's
			}
			if (a.kind == KindWord || a.kind == KindAct) && !(a.kind == KindWord && a.pos > 0 && opensNoun[ws[a.pos-1]]) && unnamedIn(ts, q.doers(ie.doneBy[a.text], ws, t)) {
				// (saying written as a noun is still saying: "who is the
				// source of the claim that ...?" asks who says it; a
				// word so written is a thing, "the president")
				return true
			}
		}
	}
	return false
}

// namesThingAsked reports whether the entry's answer names the thing a
// question asks the name of ("Which missile name is in the article?",
// "what is the name of the missile?": the KN-23): the word after "which"
// or "the name of" (past names that qualify it) is a thing,
// and the entry's answer names one of it ("North Korea's KN-23 missiles")
// that the question does not. A name asked of a person or a group is
// asked who they are (see identityGuard).
func namesThingAsked(ws []string, ts []term, ie *indexedEntry) bool {
	for i, a := range ts {
		k := a.pos
		if k > 0 && ws[k-1] == "the" {
			k-- // "the name of the missile"
		}
		if k == 0 || ws[k-1] != "which" && !(ws[k-1] == "of" && k >= 2 && strings.HasPrefix(ws[k-2], "name")) {
			continue
		}
		j := i
		for j < len(ts) && ts[j].kind == KindEntity && j+1 < len(ts) && ts[j+1].pos == ts[j].end {
			j++
		}
		if j == len(ts) || ts[j].kind != KindWord {
			return false
		}
		owners := ie.whose[ts[j].text]
		for n := range owners {
			if slices.Contains(ie.answerNames, n) && unnamedIn(ts, map[string]bool{n: true}) {
				return true
			}
		}
		// or a name the answer gives of a thing of the same owner: in
		// "North Korea's KN-23 missiles" the KN-23 names North Korea's
		// missile, though the question names North Korea ("the missile
		// Russia helped North Korea with"), where the question says what
		// was done with it in a word the pack reads (not "the missile
		// North Korea gave Russia")
		if !slices.ContainsFunc(ts[j+1:], func(o term) bool { return o.kind == KindWord || o.kind == KindAct }) {
			return false
		}
		for _, n := range ie.answerNames {
			if unnamedIn(ts, map[string]bool{n: true}) && sharesOwner(ie.whose[n], owners) {
				return true
			}
		}
		return false
	}
	return false
}

// sharesOwner reports whether two sets of owners share one.
func sharesOwner(x, y map[string]bool) bool {
	for o := range x {
		if y[o] {
			return true
		}
	}
	return false
}

// betweenAsked reports whether the entry's answer says between whom a
// thing the question ts speaks of is ("Which countries are in these POW
// talks?": South Korea and Ukraine), one the question does not name, and
// the question speaks of no act the entry says who does (who proposed
// the talks is not who holds them).
func betweenAsked(ws []string, ts []term, ie *indexedEntry) bool {
	found := false
	for i, a := range ts {
		if a.kind != KindWord && a.kind != KindAct {
			continue
		}
		if len(ie.doneBy[a.text]) > 0 {
			return false
		}
		// the thing, not the act: "these talks", "the POW talks" (not
		// "who negotiated for Ukraine?")
		noun := a.pos > 0 && theFigure[ws[a.pos-1]] || i > 0 && ts[i-1].end == a.pos && ts[i-1].kind == KindEntity
		// or the act, when the question names none of those it is
		// between: "which two countries are discussing the POWs?" asks
		// both (where "who negotiated for Ukraine?" names one)
		both := len(ie.between[a.text]) > 1 && !slices.ContainsFunc(ts, func(o term) bool { return ie.between[a.text][o.text] })
		found = found || (noun || both) && unnamedIn(ts, ie.between[a.text]) && ie.answerSays(ie.between[a.text])
	}
	return found
}

// answerSays reports whether the entry's answer itself names all of names:
// a quote that says between whom the talks are does not make an answer
// about what they reflect say it.
func (ie *indexedEntry) answerSays(names map[string]bool) bool {
	for n := range names {
		if !slices.Contains(ie.answerNames, n) {
			return false
		}
	}
	return true
}

// tells reports whether the entry tells whether its figure counts the
// measure k, as a question asks of it (see figureTested): an entry that
// counts a measure says which.
func (ie *indexedEntry) tells(q *query, k string) bool {
	if !ie.countsMeasure {
		return false
	}
	if !q.related {
		q.relate() // read only now: most terms are named, and most questions are turned down for their score
	}
	return slices.Contains(q.tested, k)
}

// namesTopic reports whether the entry speaks of a thing whose quote says
// it is about the name t: the entry on why the talks matter speaks of the
// prisoners of war, as its quote says the talks are about them.
func (ie *indexedEntry) namesTopic(t string) bool {
	for w, about := range ie.topics {
		if about[t] && ie.names(w) {
			return true
		}
	}
	return false
}

// eitherNamed reports whether t is one of alternatives ("Russia or
// Ukraine") another of which the entry names: one of them is enough.
func eitherNamed(ts []term, t term, named func(string) bool) bool {
	if t.either == 0 {
		return false
	}
	for _, o := range ts {
		if o.either == t.either && named(o.text) {
			return true
		}
	}
	return false
}

// askedForGuard: "Which reports indicate North Korea's involvement?" is not
// answered by what South Korea's readiness indicates: the thing a "which"
// or "what" asks for, the entry must speak of (see askedFor).
var askedForGuard = guard{
	name:       "asked-for",
	relational: true,
	example:    "Which reports indicate North Korean involvement?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if q.askedFor != "" && !ie.names(q.askedFor) {
			return "entry does not speak of " + q.askedFor
		}
		if q.askedFor != "" && ie.sentence == nil && !ie.answersWhich(q.askedFor) {
			// a sentence of the report has no ways of asking: the
			// fallback's own guard reads which it names
			return "entry does not say which " + q.askedFor
		}
		return ""
	},
}

// answersWhich reports whether the entry says which x: one of its ways of
// asking asks it, or its answer names one ("South Korea" is a Korea, "the
// KN-23 missiles" name the missiles its ways of asking ask which of). An
// entry that only speaks of x ("improve its weapon systems") does not say
// which: "What weapons did North Korea give Russia?". Only a curated
// entry is read so (see askedForGuard).
func (ie *indexedEntry) answersWhich(x string) bool {
	if ie.asksFor[x] || ie.instances[x] {
		return true
	}
	for w := range ie.instances {
		if ie.asksFor[w] || strings.HasSuffix(w, "_"+x) {
			return true
		}
	}
	return false
}

// learnInstances learns the things the answer names: a name, and the word
// a name stands right before ("KN-23 missiles"): see answersWhich.
func (f *entryFacts) learnInstances(answer analysis) {
	ts := answer.terms
	for i, t := range ts {
		if t.kind != KindEntity {
			continue
		}
		f.instances[t.text] = true
		if i+1 < len(ts) && ts[i+1].pos == t.end && (ts[i+1].kind == "" || ts[i+1].kind == KindWord) {
			f.instances[ts[i+1].text] = true
		}
	}
}

// kindAskedGuard: "Is the KN-23 a cruise missile?": the report never says
// what kind of thing a name is, in a word the pack does not know, which is
// what such a question asks (see kindAsked). No entry answers it.
var kindAskedGuard = guard{
	name:       "kind-asked",
	relational: true,
	example:    "Is the KN-23 a cruise missile?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if q.kindAsked {
			return "the report does not say what kind " + q.terms[0].text + " is"
		}
		return ""
	},
}

// identityGuard: "Who are the North Korean POWs?" is not answered by who
// proposed accepting them: an entry says who someone is only where its
// ways of asking ask it (see identity).
var identityGuard = guard{
	name:       "identity",
	relational: true,
	example:    "Who are the North Korean POWs?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if q.identity != "" && !ie.identities[q.identity] {
			return "entry does not say who " + q.identity + " is"
		}
		return ""
	},
}

// learnIdentity learns whom a way of asking the entry asks "who is" of.
func (f *entryFacts) learnIdentity(asked analysis) {
	if x, ok := identity(asked.words, asked.terms); ok {
		f.identities[x] = true
	}
}

// scopeGuard: "Where will the POWs live in South Korea?" is not answered
// by "in South Korea", but "Where in Russia?" is by "in Kursk": a place
// within the one asked about, which the entry's answer must give (see
// scopes).
var scopeGuard = guard{
	name:       "scope",
	relational: true,
	example:    "Where will the POWs live in South Korea?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if len(q.scopes) > 0 && !slices.ContainsFunc(ie.places, func(p string) bool { return !slices.Contains(q.scopes, p) }) {
			return "entry gives no place within " + strings.Join(q.scopes, " or ")
		}
		return ""
	},
}

// learnPlaces learns the names the entry's answer puts someone in or sends
// them to ("fighting in Kursk", "sent to Russia").
func (f *entryFacts) learnPlaces(answer analysis) {
	f.places = placesAfter(answer.words, answer.terms, into)
	f.located = placesAfter(answer.words, answer.terms, locatedIn)
}
