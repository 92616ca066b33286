package knowledge

import (
	"fmt"
	"slices"
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
// does what to whom. The thresholds are defined below; the others in
// askedguards.go (what is asked), figureguards.go (figures) and
// actingguards.go (who does what), each with the facts it reads.
var guards = []*guard{
	&scoreGuard, &coverageGuard, &knownWordsGuard, &aboutGuard,
	&namedGuard, &settledGuard, &paragraphGuard, &kindOfAnswerGuard, &countedGuard, &peopleGuard, &oneSentenceGuard, &apartGuard, &measureGuard, &wholeGuard, &grainGuard, &exactGuard, &intervalGuard, &afterGuard, &afterEventGuard, &partOfGuard,
	&claimCountGuard, &askedForGuard, &storyCountriesGuard, &thingOfTimeGuard, &possibleAskedGuard, &countOfReportGuard, &meansAskedGuard, &overviewGuard, &premiseOverviewGuard, &kindAskedGuard, &kindOfNameGuard, &standsForGuard, &identityGuard, &stillRoleGuard, &scopeGuard,
	&subjectActsGuard, &sourceCountryGuard, &doneGuard, &actSpokenGuard, &doerGuard, &speakerGuard, &roleSpeakerGuard, &saidWhatGuard, &methodGuard, &ongoingGuard, &objectGuard, &gainerGuard, &supportGuard, &setAsideGuard, &asideKeysGuard,
	&betweenGuard, &officialGuard, &roleOfGuard, &whoseGuard, &ownerDoesGuard, &figureOwnerGuard, &actingWhoseGuard, &stateWhoseGuard, &reachedDateGuard, &fatePersonGuard, &offerReceivedGuard, &supposedOnlyGuard,
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
	// whose it is ("north korean soldiers"): see whoseGuard; whoseActing
	// those of them written other than after a preposition or a verb,
	// where the group does something: see actingWhoseGuard.
	whose, whoseActing relation
	// peoples are the names written before a thing or a group, not before
	// a verb or a date ("Ukraine says", "Ukraine's January figure"): the
	// peoples the entry counts, see peopleGuard.
	peoples map[string]bool
	overviewFacts
	// citedKeys are, for each citation, the key words and numbers of its
	// quote; asOf the numbers of the date the facts hold for: see
	// oneSentenceGuard.
	citedKeys [][]string
	asOf      []string
	// asOfKey orders the latest date its facts hold for (see
	// latestAsOf) or, lacking one, the latest its answer names; 0 for
	// none: see afterGuard.
	asOfKey int
	// answerNumbers are the numbers its answer gives: see partOfGuard.
	answerNumbers []string
	// paragraphs are the paragraphs its citations quote: see
	// paragraphGuard.
	paragraphs []int
	// acting are the names it speaks of as doers: see subjectActsGuard
	// and officialGuard.
	acting map[string]bool
	// doneBy maps an act to who does it, as its answer says: see
	// actSpokenGuard, doerGuard, setAsideGuard and answersWho.
	doneBy relation
	// spokenBy are the persons its quotes have say something: see
	// quotespeaker.go.
	spokenBy map[string]bool
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
	// located are those of places it puts someone in, not sends them to
	// ("fighting in Kursk", not "sent to Russia"): see answersWhere.
	located []string
	// together are the key words its answer gives one figure for, as
	// alternatives ("killed or injured"): see apartGuard.
	together [][]string
	// countsMeasure says its own question counts a measure of something
	// (killed, injured, captured: a key word that is no date): see
	// measureGuard.
	countsMeasure bool
	// asksHowMany says its own question asks how many: see
	// figureOwnerGuard.
	asksHowMany bool
	// receivesOffer says one of its ways of asking asks whether the offer
	// was accepted: see offerReceivedGuard.
	receivesOffer bool
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
	// opponents are the names its answer sets something against: see
	// answersRole.
	opponents map[string]bool
	// support is who its answer says supports, and whom: see
	// supportGuard.
	support supportFacts
	// past says its answer dates what it tells to the past ("last
	// year"), present that a quote speaks of the present ("currently"),
	// pastOnly the first without the second: see presentFirst.
	past, present, pastOnly bool
}

func newEntryFacts() entryFacts {
	return entryFacts{whose: relation{}, whoseActing: relation{}, peoples: map[string]bool{}, acting: map[string]bool{}, spokenBy: map[string]bool{}, doneBy: relation{}, doneTo: relation{},
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
	f.learnWhoseActing(an, lex)
	f.learnOverview(an, k)
	f.learnPast(an.words, k, lex.usage.present)
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
		f.learnOfferAsked(an) // (offerasked.go)
		f.countsMeasure = slices.ContainsFunc(an.terms, func(t term) bool { return t.text == howMany }) &&
			slices.ContainsFunc(an.terms, func(t term) bool { return t.kind == KindKey && !isDate(t) })
		f.asksHow = slices.ContainsFunc(an.terms, func(t term) bool { return t.text == howTerm })
		f.asksHowMany = slices.ContainsFunc(an.terms, func(t term) bool { return t.text == howMany })
	}
	if k.asks() {
		f.receivesOffer = f.receivesOffer || asksOfferReceived(an.words, an.terms)
		f.learnIdentity(an)
		if w, ok := askedWhich(an.words, an.terms, true); ok {
			f.asksFor[w] = true
		}
		f.countsWhole = f.countsWhole || wholeCount(an.words, an.terms, lex.usage.wholeForces)
	}
	if k == answerText {
		for _, t := range an.terms {
			if t.kind == KindEntity && !slices.Contains(f.answerNames, t.text) {
				f.answerNames = append(f.answerNames, t.text)
			}
		}
		f.learnDeeds(an, lex)
		f.support.learnSupport(an, lex)
		f.learnPlaces(an)
		f.origins = placesAfter(an.words, an.terms, fromWords)
		f.learnInstances(an)
		f.learnVerbs(an)
		f.learnOpponents(an)
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
		if c.score < q.threshold && !q.clearLead(c, ie) && !(c.entry+1 == q.pair && !slices.ContainsFunc(q.terms, func(t term) bool { return t.kind == "" && ie.bag[t.text] == 0 })) {
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
		if max(c.cov, c.cos) < minCoverage && c.cov+q.partnerShare(ie) < minCoverage && !q.clearLead(c, ie) {
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
		if c.absent > maxAbsentKnown && c.absent-q.unaskedAnswered(ie) > maxAbsentKnown {
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
