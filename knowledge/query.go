package knowledge

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
	// thingAsked is the thing a "which" or "what" asks for, read with
	// the synonyms, if it is no time (see thingOfTimeGuard).
	thingAsked string
	// unique are its terms, each once, as they are ranked.
	unique []string
	// lexicon: the pack's synonyms' kinds, and who acts for whom ("cho" for
	// "south_korea"), as the question was read with them.
	kinds   map[string]Kind
	actsFor map[string]string
	// classes are the engine's classes of names (see classesOf): a
	// country is no answer to "which minister" (see asksPerson).
	classes map[string]string
	// usage holds the pack's words of English usage (usage.go).
	usage *usage
	// threshold is the engine's: below it, no entry answers; guards the
	// engine's guards.
	threshold float64
	guards    []*guard
	// lead is the entry ranked first for it, plus one (0 for none, as
	// while no ranking is checked), and leadMargin how far its score is
	// ahead of the second's: see clearLead.
	lead       int
	leadMargin float64

	// related says the relations below have been read (see relate): the
	// guards marked relational read them.
	related bool

	// keys are its key words and numbers (see keyTerms).
	keys []string
	// apart says it counts measures one by one (see countsApart).
	apart bool
	// tested are the measures it asks whether a figure counts (see
	// figureTested).
	tested []string
	// compares says it sets two things side by side (see sides).
	compares bool
	// whole says it counts a force as a whole (see wholeCount).
	whole bool
	// grain is how finely it asks for a date, if it does (see askedGrain).
	grain grain
	// exact says it asks for an exact count (see asksExactCount).
	exact bool
	// paragraphs is how many paragraphs the report has: the last is the
	// one "the final paragraph" points at (see paragraphGuard).
	paragraphs int
	// idf and maxIDF are the engine's weights of terms, for the guards
	// that weigh a term the ranking counted (see unaskedAnswered).
	idf    map[string]float64
	maxIDF float64
	// weighed holds the question's unknown words and weight its terms'
	// whole weight, read once by unaskedAnswered (nil until then).
	weighed map[string]bool
	weight  float64
	// partOf is the figure it asks a part of, if any (see askedPartOf).
	partOf string
	// after is the date it asks of a time after, if any (see askedAfter).
	after int
	// afterEvent is the event it asks of a time after, if any (see
	// askedAfterEvent).
	afterEvent string
	// interval is whether it counts what happened between two dates (see
	// countsBetween).
	interval bool
	// done are the acts it asks whether they were done (see doneActs).
	done []string
	// there is the place it asks whether someone is in (see thereAsked).
	there string
	// counted is the word its "how many" counts, if any (see counted);
	// people the peoples it counts ("How many Ukrainians ...?").
	counted string
	people  []string
	// subjects are the names it asks about as doers (see subjects), deeds
	// what it says they do (see deeds).
	subjects []term
	deeds    []queryDeed
	// saidWhat says it asks what was said (see asksWhatSaid).
	saidWhat bool
	// method says it asks exactly how a thing was done (see asksMethod).
	method bool
	// whereFrom says it asks where a thing comes from (see whereFrom).
	whereFrom bool
	// whereNow says it asks where someone is by now (see whereNow).
	whereNow bool
	// ongoing are the acts it asks of as being done to someone now (see
	// beingDone).
	ongoing []string
	// storyCountries: it asks every country the story involves (see
	// asksStoryCountries).
	storyCountries bool
	// askedFor is the plain word a "which" or "what" asks for (see
	// askedFor).
	askedFor string
	// objects are what it says a thing is done for ("support for
	// Ukraine", see objects); parties whom a thing is between (see
	// parties); excluded the names it sets aside (see excluded).
	objects [][2]string
	// supportBy are its deeds of support, supportOf whom it asks of as
	// supported (see supportAsked).
	supportBy []queryDeed
	supportOf []string
	parties   [][2]string
	excluded  []string
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
	// figureOwners are the names it writes as a figure's owners
	// ("Russia's tally", see figureOwners).
	figureOwners []string
	// described are the deeds that say which people it speaks of (see
	// describingDeeds); stated, the engine's, who the pack says does
	// each act.
	described []deed
	stated    relation
	// owners are the engine's: whose any entry says each word is.
	owners relation
	// referents are the engine's: the pack's referents by term, for
	// their class (see setAsideGuard).
	referents map[string]referent
	// choice is a choice of names asked the doer of (see doerChoice):
	// the act, and the choice's link; choiceOK says there is one.
	choiceAct    string
	choiceEither int
	choiceOK     bool

	// loose are the stems of its words that make no term and are not
	// function words ("makes", "not"): a sentence must have them (see
	// everyWordGuard); set only when the sentences are asked.
	loose []string
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
	*q = query{analysis: an, unique: appendUnique(q.unique[:0], an.terms), deeds: q.deeds[:0], compounds: q.compounds[:0], people: q.people[:0], kinds: e.an.kinds, actsFor: e.an.actsFor, usage: &e.an.usage, threshold: e.threshold, guards: e.guards, stated: e.stated, owners: e.owners, referents: e.referentInfo, classes: e.classes,
		paragraphs: len(e.pack.Paragraphs), idf: e.idf, maxIDF: e.maxIDF}
	return q
}

// freeQuery gives q back to the pool; nothing may read it after.
func (e *Engine) freeQuery(q *query) {
	// its lists' arrays kept for the next (relate appends to them),
	// emptied of what they held
	clear(q.deeds)
	clear(q.compounds)
	clear(q.people)
	*q = query{unique: q.unique[:0], deeds: q.deeds[:0], compounds: q.compounds[:0], people: q.people[:0]}
	e.queries.Put(q)
}
