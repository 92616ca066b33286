package knowledge

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// A guard turns down an entry that ranks well for a question but does not
// answer it: a neighbouring fact is no answer ("How many Russian soldiers
// died?" is not answered by North Korea's losses), and a wrong answer
// costs more than a decline.
//
// A guard reads the query (the question, read once for all candidates),
// the candidate's scores, and the facts its entry was found to state at
// load (see entryFacts); it returns why it turns the candidate down, or
// "". Guards have no side effects, so their order decides only which
// reason Explain shows when several apply. The facts each guard reads
// are learnt beside it (see entryFacts.learn).
type guard struct {
	// name is what Explain shows.
	name string
	// example is a question for which this guard, and no other, turns
	// down an entry that would answer it: TestGuardExamples asks it with
	// and without the guard.
	example string
	// relational says it reads the query's relations (see query.relate).
	relational bool
	check      func(q *query, c *candidate, ie *indexedEntry) string
}

// guards are every guard, in the order they are tried: first the ranking's
// own thresholds, then what the question is about and asks for, then who
// does what to whom. Each is defined below, in that order, with the facts
// it reads.
var guards = []*guard{
	&scoreGuard, &coverageGuard, &knownWordsGuard, &aboutGuard,
	&namedGuard, &paragraphGuard, &kindOfAnswerGuard, &countedGuard, &peopleGuard, &oneSentenceGuard, &apartGuard, &measureGuard, &wholeGuard, &grainGuard, &exactGuard, &intervalGuard,
	&askedForGuard, &kindAskedGuard, &identityGuard, &scopeGuard,
	&subjectActsGuard, &doneGuard, &actSpokenGuard, &doerGuard, &speakerGuard, &saidWhatGuard, &methodGuard, &ongoingGuard, &objectGuard, &setAsideGuard,
	&betweenGuard, &officialGuard, &roleOfGuard, &whoseGuard,
}

// check returns the first guard that turns down c, whose entry the engine
// read as ie, and why; nil if none.
func (q *query) check(c *candidate, ie *indexedEntry) (*guard, string) {
	for _, g := range q.guards {
		if g.relational && !q.related {
			q.relate()
		}
		if why := g.check(q, c, ie); why != "" {
			return g, why
		}
	}
	return nil, ""
}

// entryFacts are what the guards read of an entry: what its texts state,
// learnt once at load.
type entryFacts struct {
	// whose maps a word to the names written right before it, that say
	// whose it is ("north korean soldiers"): see whoseGuard.
	whose relation
	// peoples are the names written before a thing or a group, not before
	// a verb or a date ("Ukraine says", "Ukraine's January figure"): the
	// peoples the entry counts, see peopleGuard.
	peoples map[string]bool
	// citedKeys are, for each citation, the key words and numbers of its
	// quote; asOf the numbers of the date the facts hold for: see
	// oneSentenceGuard.
	citedKeys [][]string
	asOf      []string
	// paragraphs are the paragraphs its citations quote: see
	// paragraphGuard.
	paragraphs []int
	// acting are the names it speaks of as doers: see subjectActsGuard
	// and officialGuard.
	acting map[string]bool
	// doneBy maps an act to who does it, as its answer says: see
	// actSpokenGuard, doerGuard, setAsideGuard and answersWho.
	doneBy relation
	// doneTo maps a word to the names it is done to or for, as its answer
	// says: see objectGuard.
	doneTo relation
	// between maps a word to the names it is between: see betweenGuard.
	between relation
	// partners maps a word to the names its answer says it is done to or
	// with ("proposed to Ukraine", "collaboration with Russian forces"):
	// see answersWho.
	partners relation
	// topics maps a word to the names its quotes say it is about ("the
	// dialogues ... regarding North Korean prisoners of war"): see
	// namedGuard.
	topics relation
	// identities are the names and roles its ways of asking ask "who is"
	// of: see identityGuard.
	identities map[string]bool
	// roleOf maps a role to what it is of: see roleOfGuard.
	roleOf relation
	// places are the names its answer puts someone in or sends them to:
	// see scopeGuard.
	places []string
	// together are the key words its answer gives one figure for, as
	// alternatives ("killed or injured"): see apartGuard.
	together [][]string
	// countsMeasure says its own question counts a measure of something
	// (killed, injured, captured: a key word that is no date): see
	// measureGuard.
	countsMeasure bool
	// countsWhole says one of its ways of asking counts a force as a whole
	// (see wholeCount): see wholeGuard.
	countsWhole bool
	// givesFigure says its answer gives a count in figures: see
	// exactGuard.
	givesFigure bool
	// finest is the finest date its answer gives (see dateGrain): see
	// grainGuard.
	finest grain
	// offered are the acts its answer speaks of as offered or possible,
	// not as done ("ready to accept", "could deploy"): see doneGuard.
	offered map[string]bool
	// asksHow says its own question asks how a thing was done: see
	// saidWhatGuard.
	asksHow bool
	// answerNames are the names its answer speaks of: see setAsideGuard.
	answerNames []string
	// givesMeans says its answer gives the means of a thing ("through
	// collaboration"): see methodGuard.
	givesMeans bool
	// asksFor are the things its ways of asking ask which of ("Which
	// missile ...?"), instances the names its answer gives and the words
	// they name ("KN-23", "missile"): see answersWhich.
	asksFor, instances map[string]bool
	// origins are the names its answer says a thing comes from: see
	// doneGuard.
	origins []string
	// verbs are the acts its answer speaks of in a verb: see
	// ongoingGuard.
	verbs map[string]bool
}

func newEntryFacts() entryFacts {
	return entryFacts{whose: relation{}, peoples: map[string]bool{}, acting: map[string]bool{}, doneBy: relation{}, doneTo: relation{},
		between: relation{}, partners: relation{}, topics: relation{}, identities: map[string]bool{}, roleOf: relation{}, offered: map[string]bool{}, asksFor: map[string]bool{}, instances: map[string]bool{}, verbs: map[string]bool{}}
}

// A relation maps a term to a set of terms: an act to its doers, a role
// to what it is of.
type relation map[string]map[string]bool

func (r relation) add(k, v string) {
	if r[k] == nil {
		r[k] = map[string]bool{}
	}
	r[k][v] = true
}

// textKind says what a text of an entry is: its question, its answer,
// another phrasing, or a quote it cites. What a text states counts by
// where it stands: only the answer states who does what ("Are they
// trained by Russia?" is a way of asking, not a fact), and quotes name
// bystanders.
type textKind uint8

const (
	questionText textKind = iota
	answerText
	phrasingText
	quoteText
)

// asks reports whether the text is a way of asking the entry.
func (k textKind) asks() bool { return k == questionText || k == phrasingText }

// learn adds what one of the entry's texts states to its facts.
func (f *entryFacts) learn(an analysis, k textKind, lex *analyzer) {
	f.learnWhose(an, lex)
	if k == quoteText {
		f.learnCitedKeys(an)
		for _, tp := range topics(an.words, an.terms) {
			f.topics.add(tp[0], tp[1])
		}
		return
	}
	f.learnActing(an)
	f.learnRolesAndParties(an)
	if k == questionText {
		f.countsMeasure = slices.ContainsFunc(an.terms, func(t term) bool { return t.text == howMany }) &&
			slices.ContainsFunc(an.terms, func(t term) bool { return t.kind == KindKey && !isDate(t) })
		f.asksHow = slices.ContainsFunc(an.terms, func(t term) bool { return t.text == howTerm })
	}
	if k.asks() {
		f.learnIdentity(an)
		if w, ok := askedWhich(an.words, an.terms, true); ok {
			f.asksFor[w] = true
		}
		f.countsWhole = f.countsWhole || wholeCount(an.words, an.terms)
	}
	if k == answerText {
		for _, t := range an.terms {
			if t.kind == KindEntity && !slices.Contains(f.answerNames, t.text) {
				f.answerNames = append(f.answerNames, t.text)
			}
		}
		f.learnDeeds(an, lex)
		f.learnPlaces(an)
		f.origins = placesAfter(an.words, an.terms, fromWords)
		f.learnInstances(an)
		f.learnVerbs(an)
		f.learnTogether(an)
		f.learnOffered(an)
		f.finest = max(f.finest, finestDate(an.words))
		f.givesFigure = f.givesFigure || givesFigure(an.terms)
		f.givesMeans = f.givesMeans || slices.ContainsFunc(an.words, func(w string) bool { return meansWords[w] })
	}
}

// ---------------------------------------- the ranking's thresholds

// minCoverage is the share of a question's meaning (weighted by how rare
// each term is in the pack) that the best entry must cover.
const minCoverage = 0.7

// maxAbsentKnown is the largest share of a question's meaning that may be
// words the pack knows but the best entry lacks. Such a word says the
// question is about something else the report covers ("how many were
// captured" is not "how many were sent").
const maxAbsentKnown = 0.3

// scoreGuard: "Is the United States sending troops to Ukraine?" matches
// what the United States says of North Korea's troops, but too little to
// be answered by it: below the engine's threshold, no entry answers.
var scoreGuard = guard{
	name:    "score",
	example: "Is the United States sending troops to Ukraine?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if c.score < q.threshold && !(c.entry+1 == q.pair && !slices.ContainsFunc(q.terms, func(t term) bool { return t.kind == "" && ie.bag[t.text] == 0 })) {
			// (the entry that gives both figures set side by side is
			// the one asked of, however few of its words a question of
			// two numbers shares: "3000 and then 4000?? which one is
			// it", unless it asks of a word the entry lacks: "and in
			// March?")
			return fmt.Sprintf("score below %.2f", q.threshold)
		}
		return ""
	},
}

// coverageGuard: "How many North Korean soldiers died in March?" is not
// answered by the tolls of January and February, however well its other
// words match: either the entry as a whole covers the question, or one way
// of asking it matches the question closely (a keyword phrasing such as
// "summary").
var coverageGuard = guard{
	name:    "coverage",
	example: "How many North Korean soldiers died in March?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if max(c.cov, c.cos) < minCoverage {
			return fmt.Sprintf("covers under %.2f of the question", minCoverage)
		}
		return ""
	},
}

// knownWordsGuard: "How did Ukraine capture the North Korean soldiers?"
// is not answered by the entry that says Ukraine captured them: words the
// pack knows but the entry lacks ("how") say the question is about
// something else the report covers, or does not.
var knownWordsGuard = guard{
	name:    "known-words",
	example: "How did Ukraine capture the North Korean soldiers?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if c.absent > maxAbsentKnown {
			return fmt.Sprintf("lacks %.2f of the question's known words", c.absent)
		}
		return ""
	},
}

// aboutGuard: "What is the base?" shares only "base" with "Where are the
// North Korean troops based?", one way of asking where they fight: an
// entry must be about one of the question's terms (see indexedEntry.about).
var aboutGuard = guard{
	name:    "about",
	example: "What is the base?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		content := func(t term) bool { return t.kind != KindQuestion && t.kind != KindFrame && t.kind != KindAct }
		if slices.ContainsFunc(q.terms, content) && !slices.ContainsFunc(q.terms, func(t term) bool { return content(t) && ie.about[t.text] }) {
			return "entry is about none of the question's terms"
		}
		if len(q.terms) > 0 && !slices.ContainsFunc(q.terms, func(t term) bool { return t.kind != KindAct }) {
			// "What was said?", "tell me about it": saying, of nothing
			return "the question names no one and nothing said"
		}
		return ""
	},
}

// ---------------------------------------- what is asked

// The guards of what a question is about and what it asks for: a name, a
// role, a number, a kind of answer, a thing counted or measured. The entry
// must speak of it itself.

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
			if (t.kind == KindEntity || t.kind == KindKey || t.kind == KindRole || isNumber(t.text)) && !ie.names(t.text) && !eitherNamed(q.terms, t, ie.names) && !ie.namesTopic(t.text) && !ie.tells(q, t.text) {
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
			if t.text == "who" && asksPartner(q.words, t) && !asksOwner(q.words, t) && !ie.answersPartner(q.terms) && ie.answersDoer(q.terms) {
				// its own "who" is the doer: "To whom did South Korea
				// make the proposal?" is not answered by who made it
				return "entry says who does it, not to or with whom"
			}
			if t.kind == KindQuestion && !ie.names(t.text) && !eitherNamed(q.terms, t, ie.names) && !ie.answersWho(q, i) {
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
	case ws[t.pos] == "whose" && i+1 < len(ts) && ts[i+1].pos == t.end && ie.names(ts[i+1].text):
		// and where the entry says whose, one the question does not
		// name: "whose forces are the North Korean troops reinforcing?"
		// is not answered by North Korea's troops
		owners := ie.whose[ts[i+1].text]
		return len(owners) == 0 || unnamedIn(ts, owners)
	case ws[t.pos] == "whom" && i > 0 && before(ws, t.pos) == "of" && ts[i-1].end == t.pos-1 && ie.names(ts[i-1].text):
		return true
	case t.text == "who" && betweenAsked(ws, ts, ie):
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
			if (a.kind == KindWord || a.kind == KindAct) && !(a.kind == KindWord && a.pos > 0 && opensNoun[ws[a.pos-1]]) && unnamedIn(ts, ie.doneBy[a.text]) {
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
		for n := range ie.whose[ts[j].text] {
			if slices.Contains(ie.answerNames, n) && unnamedIn(ts, map[string]bool{n: true}) {
				return true
			}
		}
		return false
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

// countedGuard: "What casualty figure was reported for Russian forces?" is
// not answered by how many troops North Korea sent to bolster them: what a
// question counts, the entry must count (see counted).
var countedGuard = guard{
	name:       "counted",
	relational: true,
	example:    "What casualty figure was reported for Russian forces?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if q.counted != "" && !ie.names(q.counted) {
			return "entry counts no " + q.counted
		}
		return ""
	},
}

// peopleGuard: "How many Ukrainians died in Kursk?" counts Ukrainians: an
// entry that counts North Korean soldiers, and names Ukraine as their
// reporter, is no answer. The entry must write the people's name before a
// word ("Ukrainian soldiers", see entryFacts.whose).
var peopleGuard = guard{
	name:       "people",
	relational: true,
	example:    "How many Ukrainians died in Kursk?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		for _, p := range q.people {
			if !ie.qualifies(p) {
				return "entry counts no " + p + " people"
			}
		}
		return ""
	},
}

// qualifies reports whether the entry writes the entity before a word
// that is no verb and no date ("North Korean soldiers", not "Ukraine
// says").
func (ie *indexedEntry) qualifies(entity string) bool {
	return ie.peoples[entity]
}

// oneSentenceGuard: a question with two key words or numbers asks for a
// fact that has both, which one sentence the entry cites must give: "How
// many were injured in February?" is not answered by a toll of killed or
// injured as of January and one of deaths by February. A number of the
// date the entry's facts hold for ("early February 2025") is the fact's,
// whether its sentence writes it or not. A question that compares two
// facts (see sides) asks for both, not for one that has both.
var oneSentenceGuard = guard{
	name:       "one-sentence",
	relational: true,
	example:    "How many North Korean soldiers were wounded in February?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if q.compares {
			return "" // two facts side by side, not one that has both
		}
		given := func(k string) bool { return slices.Contains(ie.asOf, k) || ie.tells(q, k) }
		n := 0
		for _, k := range q.keys {
			if !given(k) {
				n++
			}
		}
		if n < 2 || slices.ContainsFunc(ie.citedKeys, func(cited []string) bool {
			return !slices.ContainsFunc(q.keys, func(k string) bool { return !given(k) && !slices.Contains(cited, k) })
		}) {
			return ""
		}
		keys := slices.DeleteFunc(slices.Clone(q.keys), given)
		return "no one sentence it cites has " + strings.Join(keys, " with ")
	},
}

// learnCitedKeys learns the key words and numbers of a quote: the measures
// and dates the report gives together.
func (f *entryFacts) learnCitedKeys(quote analysis) {
	f.citedKeys = append(f.citedKeys, keyTerms(quote.terms))
}

// asOfNumbers are the numbers of the date an entry's facts hold for ("early
// February 2025"): a year the quote leaves out is still the fact's.
func asOfNumbers(asOf string) []string {
	var out []string
	for _, w := range splitWords(asOf) {
		if isNumber(w) {
			out = append(out, w)
		}
	}
	return out
}

// apartGuard: "Of the 3,000, how many were killed and how many injured?"
// is not answered by a toll of soldiers killed or injured: a count asked
// of one of the measures an entry gives one figure for, set apart from the
// others (see query.apart), is a figure the report does not give.
var apartGuard = guard{
	name:       "apart",
	relational: true,
	example:    "Of the 3,000, how many were killed and how many injured?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if !q.apart {
			return ""
		}
		for _, keys := range ie.together {
			if asked := slices.DeleteFunc(slices.Clone(keys), func(k string) bool { return !slices.Contains(q.keys, k) }); len(asked) > 0 {
				return "entry gives one figure for " + strings.Join(keys, " or ") + ", not " + strings.Join(asked, " and ") + " apart"
			}
		}
		return ""
	},
}

// learnTogether learns the key words the answer joins as alternatives:
// one figure for all of them.
func (f *entryFacts) learnTogether(answer analysis) {
	seen := map[int]bool{}
	for _, t := range answer.terms {
		if t.kind != KindKey || t.either == 0 || seen[t.either] {
			continue
		}
		seen[t.either] = true
		var keys []string
		for _, o := range answer.terms {
			if o.either == t.either && o.kind == KindKey {
				keys = append(keys, o.text)
			}
		}
		if len(keys) > 1 {
			f.together = append(f.together, keys)
		}
	}
}

// measureGuard: "How many North Korean troops are in Kursk?" is not
// answered by how many died there: an entry that counts a measure of
// something (its own question counts the killed, the injured, the
// captured) answers a count only where the question names a measure the
// entry speaks of ("How many died?", "the casualties"), not where it
// counts the people themselves.
var measureGuard = guard{
	name:    "measure",
	example: "How many North Korean troops are in Kursk?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if !ie.countsMeasure || !asksHowMany(q.words) {
			return ""
		}
		if !slices.ContainsFunc(q.terms, func(t term) bool { return measures(t) && ie.names(t.text) }) {
			return "entry counts a measure the question does not name"
		}
		return ""
	},
}

// measures reports whether a term may say what of a thing is counted: not
// a name, a role, a kind of question or a date.
func measures(t term) bool {
	switch t.kind {
	case KindEntity, KindRole, KindQuestion, KindFiller, KindFrame:
		return false
	}
	// (nor "versus", which sets two counts side by side and counts nothing)
	return !isNumber(t.text) && !isDate(t) && t.text != compareTerm
}

// wholeGuard: "How big is North Korea's army?" is not answered by how many
// troops it sent: a count of a country's forces as a whole (see
// wholeCount) is answered only by an entry that counts the whole.
var wholeGuard = guard{
	name:       "whole",
	relational: true,
	example:    "How big is North Korea's army overall?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if q.whole && !ie.countsWhole {
			return "entry counts part of a force, not the whole"
		}
		return ""
	},
}

// grainGuard: "In what month did North Korea send its troops?" is not
// answered by "last year": a date asked to the month (or day) must be
// given to the month (or day); one asked to the year is answered by a
// month of that year too.
var grainGuard = guard{
	name:       "grain",
	relational: true,
	example:    "In what month did North Korea send its troops to Russia?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if q.grain > ie.finest {
			return "entry gives no date to the " + q.grain.String()
		}
		return ""
	},
}

// exactGuard: "How many troops did North Korea send, exactly?" is not
// answered by "thousands": a count asked exact is answered only by an
// entry that gives a figure ("about 4,000" is the report's figure, and
// says how exact it is).
var exactGuard = guard{
	name:       "exact",
	relational: true,
	example:    "Exactly how many troops has North Korea sent?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if q.exact && !ie.givesFigure {
			return "entry gives no figure"
		}
		return ""
	},
}

// intervalGuard: "How many North Korean soldiers died between January and
// February?" is not answered by the toll at either date: a count of what
// happened between two dates is the difference of two figures of one kind,
// which the report never gives (January's counts the killed or injured,
// February's the dead), so no entry answers it.
var intervalGuard = guard{
	name:       "interval",
	relational: true,
	example:    "How many North Korean soldiers died between January and February?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if q.interval {
			return "entry gives a figure at one date, not what happened between two"
		}
		return ""
	},
}

// countsBetween reports whether a question counts what happened between
// two dates: "how many" with two dates after "between ... and" or "from
// ... to".
func countsBetween(ws []string, ts []term) bool {
	if !slices.ContainsFunc(ts, func(t term) bool { return t.text == howMany }) || changeAsked(ws) {
		return false
	}
	var dates []term
	for _, t := range ts {
		if isDate(t) || dateKey(t.text) {
			dates = append(dates, t)
		}
	}
	for i := 0; i+1 < len(dates); i++ {
		a, b := dates[i], dates[i+1]
		if a.text == b.text {
			continue
		}
		opens, joins := before(ws, a.pos), strings.Join(ws[a.end:b.pos], " ")
		if opens == "between" && (joins == "and" || joins == "and early" || joins == "and the start of") ||
			opens == "from" && (joins == "to" || joins == "until" || joins == "till" || joins == "and") {
			return true
		}
	}
	return false
}

// changeAsked reports whether a question asks how a figure changed ("did
// the number go up between January and February?", "how did the numbers
// change from January to February?"): it sets the figures at the two dates
// side by side, which the entry giving both answers, and counts nothing
// that happened between them.
func changeAsked(ws []string) bool {
	for i, w := range ws {
		if changeWords[w] || w == "up" && i > 0 && goForms[ws[i-1]] {
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
}

// ---------------------------------------- who does what

// doneGuard: "Have any POWs moved to South Korea yet?" is not answered by
// South Korea being ready to accept them: a question whether a thing was
// done (see doneActs) is not answered by an entry that offers it or says
// it could be, and does not say it was; nor one whether someone is in a
// place by an entry that does not put anyone there (see thereAsked), nor
// one where someone is now by an entry that offers (see whereNow).
var doneGuard = guard{
	name:       "done",
	relational: true,
	example:    "Has South Korea accepted any POWs yet?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if q.there != "" && !slices.Contains(ie.places, q.there) {
			// "Are the POWs in South Korea?" asks whether they are there
			// now, which only an entry that puts someone there says
			return "entry puts no one in " + q.there
		}
		if q.whereFrom && ie.sentence == nil && len(ie.places) > 0 && len(ie.origins) == 0 {
			// "Where do the reports come from?" is not answered by
			// where the troops fight
			return "entry says where someone is, not where anything comes from"
		}
		if q.whereNow && len(ie.offered) > 0 {
			// "Where are the POWs now?" is not answered by where
			// they may go
			return "entry speaks of what it offers, not of where anyone is now"
		}
		for _, act := range q.done {
			if act == anyAct && len(ie.offered) > 0 {
				return "entry speaks of what it offers or thinks possible, not of what was done"
			}
			if ie.offered[act] {
				return "entry speaks of " + act + " as offered or possible, not as done"
			}
		}
		return ""
	},
}

// fromWords say where a thing comes from.
var fromWords = setOf("from")

// learnOffered learns the acts the answer speaks of as offered or possible:
// the first act after a word that offers ("proposed that South Korea
// accept", "ready to accept", "if they want to relocate", "could deploy").
func (f *entryFacts) learnOffered(answer analysis) {
	for i, w := range answer.words {
		if !offers[w] {
			continue
		}
		for _, t := range answer.terms {
			if t.pos > i && (t.kind == KindWord || t.kind == KindAct) && !offers[answer.words[t.pos]] {
				f.offered[t.text] = true
				break
			}
		}
	}
}

// The guards of who does what to whom (see grammar.go): a question about
// what one does is not answered by what another does, nor by an entry
// where no one does it.

// subjectActsGuard: "Does Pyongyang want to accept the prisoners?" is not
// answered by an entry where North Korea does nothing. Its soldiers may
// act where the entry does not say who acts ("Can North Korean soldiers
// settle in South Korea?").
var subjectActsGuard = guard{
	name:       "subject-acts",
	relational: true,
	example:    "Does Pyongyang want to accept the prisoners?",
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
			// (one acting for a country does what it does as the country's:
			// "what did Cho offer?" is what South Korea offered)
			if len(doers) > 0 && !doers[d.doer] && !doers[q.actsFor[d.doer]] && !eitherNamed(q.terms, q.terms[d.at], does) && !slices.ContainsFunc(d.mates, func(t term) bool { return does(t.text) }) {
				return "entry says another does " + d.act + ", not " + d.doer
			}
		}
		return ""
	},
}

// speakerGuard: "What did the Kremlin say about the KN-23?" is not
// answered by an entry where it has been stated, by someone unnamed, that
// Russia improved the missile: what one says, the entry must say that one
// says, in one of the ways of saying (see speechActs).
var speakerGuard = guard{
	name:       "speaker",
	relational: true,
	example:    "What did the Kremlin say about the KN-23?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		for _, d := range q.deeds {
			if d.actKind != KindAct && !(d.actKind == "" && slices.Contains(speechActs, d.act)) {
				continue // a way of saying may be a word the pack has no synonym for ("has Ukraine reported")
			}
			says := ie.says
			if !says(d.doer) && !eitherNamed(q.terms, q.terms[d.at], says) && !slices.ContainsFunc(d.mates, func(t term) bool { return says(t.text) }) {
				return "entry does not say that " + d.doer + " says anything"
			}
		}
		return ""
	},
}

// saidWhatGuard: "What did Cho emphasize on the call?" is not answered by
// how he presented the proposal: a question asking what was said (see
// asksWhatSaid) wants the words, and an entry asked how a thing was done
// gives the means, whoever it says spoke.
var saidWhatGuard = guard{
	name:       "said-what",
	relational: true,
	example:    "What did Cho emphasize on the call?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if q.saidWhat && ie.asksHow {
			return "entry says how it was said, not what"
		}
		return ""
	},
}

// methodGuard: "How exactly did Russia make the KN-23 more accurate?" is
// not answered by the entry that says it did: a question asking the way a
// thing was done itself (see asksMethod) is answered only by an entry
// asked how, or whose answer gives a means ("through collaboration with
// Russian forces").
var methodGuard = guard{
	name:       "method",
	relational: true,
	example:    "How exactly did Russia make the KN-23 more accurate?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if q.method && !ie.asksHow && !ie.givesMeans {
			return "entry says what was done, not exactly how"
		}
		return ""
	},
}

// ongoingGuard: "How are the POWs being treated in Ukraine?" is not
// answered by South Korea proposing a joint approach to their treatment:
// an act a question asks of as being done now (see beingDone), a curated
// entry's answer must speak of as done, in a verb ("treated"), not only
// name as a thing ("the treatment of", see nounForm); or say what is being
// done ("How are the troops being handled?": "being trained and
// monitored").
var ongoingGuard = guard{
	name:       "ongoing",
	relational: true,
	example:    "How are the POWs being treated in Ukraine?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if ie.sentence != nil {
			return ""
		}
		for _, a := range q.ongoing {
			if !ie.verbs[a] && !ie.verbs[beingTerm] {
				return "entry speaks of " + a + " only as a thing, not as being done"
			}
		}
		return ""
	},
}

// beingTerm stands in an entry's verbs for an answer saying something is
// being done (see beingDone).
const beingTerm = "being"

// learnVerbs learns the acts the answer speaks of in a verb, not a noun
// (see nounForm): see ongoingGuard.
func (f *entryFacts) learnVerbs(answer analysis) {
	if len(beingDone(answer.words, answer.terms)) > 0 {
		f.verbs[beingTerm] = true
	}
	for _, t := range answer.terms {
		if (t.kind == KindWord || t.kind == KindAct) && !nounForm(answer.words[t.pos]) {
			f.verbs[t.text] = true
		}
	}
}

// says reports whether the entry's answer states that t says anything, in
// one of the ways of saying.
func (ie *indexedEntry) says(t string) bool {
	return slices.ContainsFunc(speechActs, func(a string) bool { return ie.doneBy[a][t] })
}

// speechActs are the ways of saying an entry's answer may state of one:
// the pack's act of saying, and these concepts and words where the pack
// has them ("Cho reiterated", "Ukraine has reported").
var speechActs = []string{sayTerm, "reiterate", "present", "propose", "report", "indicate"}

// learnDeeds learns who does what, as the entry's answer states it (see
// deeds), and what it is done to or for (see objects). What one acting for
// a country does (Cho, for South Korea), the country does too; but an
// entry must name the country itself to be about its doings.
func (f *entryFacts) learnDeeds(answer analysis, lex *analyzer) {
	ws, ts := answer.words, answer.terms
	for _, o := range objects(ws, ts, false) {
		f.doneTo.add(o[0], o[1])
	}
	for _, p := range partners(ws, ts) {
		f.partners.add(p[0], p[1])
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
		if !slices.ContainsFunc(ie.answerNames, func(n string) bool { return !slices.ContainsFunc(q.terms, func(t term) bool { return t.text == n }) }) {
			// nor one whose answer names no one and nothing besides what
			// the question names: "Which weapons besides the KN-23 has
			// Russia improved?" by Russia improving the KN-23
			return "entry names nothing besides " + strings.Join(q.excluded, " and ")
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
		if lex.kinds[c[1]] != KindAct && !dateKey(c[1]) {
			f.peoples[c[0]] = true
		}
		if by := lex.actsFor[c[0]]; by != "" && lex.kinds[c[1]] == KindAct {
			f.whose.add(c[1], by)
		}
	}
}
