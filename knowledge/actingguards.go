package knowledge

import (
	"cmp"
	"slices"
	"strings"
)

// The guards of who does what to whom (see grammar.go): a question about
// what one does is not answered by what another does, nor by an entry
// where no one does it.

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
			if len(ie.doneBy[d.act]) == 0 && d.actKind == KindWord && !ie.names(d.act) && !d.forces && !q.readinessFor(d, ie) && !q.purposeDone(d, ie) {
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
			if len(doers) == 0 {
				doers = lossSufferers(q, d, ie) // "did Ukraine suffer losses?" (sufferedby.go)
			}
			does := func(t string) bool { return doers[t] }
			// (one acting for a country does what it does as the country's:
			// "what did Cho offer?" is what South Korea offered)
			if slices.Contains(speechActs, d.act) && ie.spokenBy[d.doer] {
				continue // what one's quotes have them say (see quotespeaker.go)
			}
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
	return ie.spokenBy[t] || slices.ContainsFunc(speechActs, func(a string) bool { return ie.doneBy[a][t] })
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
	ds := doers(ws, ts)
	for _, d := range append(deeds(ws, ts, ds), hedgedDeeds(ws, ts, ds)...) { // (hedgeddeed.go)
		f.doneBy.add(d.act, d.doer)
		if c := lex.actsFor[d.doer]; c != "" {
			f.doneBy.add(d.act, c)
		}
	}
}

// objectGuard: "Why is North Korea giving support for Ukraine?" is not
// answered by North Korea's support of Russia in its war against Ukraine:
// what a thing is for, the entry's must be for ("support for Ukraine" is
// then answered by South Korea's).
var objectGuard = guard{
	name:       "object",
	relational: true,
	example:    "Why is North Korea giving support for Ukraine?",
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
		if c, ok := unmatchedClass(q, ie); ok {
			// nor one whose answer names nothing of the kind set aside
			// but it: "Which weapons besides the KN-23?" is not answered
			// by Russia improving the KN-23, though it names Russia
			return "entry names no " + c + " besides " + strings.Join(q.excluded, " and ")
		}
		return ""
	},
}

// unmatchedClass returns the class of a name q sets aside (a thing, a
// person, a country) of which the entry's answer names no other, and
// whether there is one, when q asks which of something ("which weapons
// besides the KN-23"): what it asks for besides a name is another of its
// kind. Besides a topic ("besides the POW issue, what did Cho say") a
// question asks what else was said, of any kind.
func unmatchedClass(q *query, ie *indexedEntry) (string, bool) {
	if q.askedFor == "" && !asksWhichOnes(q.words) {
		return "", false
	}
	for _, x := range q.excluded {
		c := q.referents[x].class
		if c == "" {
			continue
		}
		if !slices.ContainsFunc(ie.answerNames, func(n string) bool { return !slices.Contains(q.excluded, n) && q.referents[n].class == c }) {
			return c, true
		}
	}
	return "", false
}

// asksWhichOnes reports whether a question asks "which" with no noun of
// its own ("'weapon systems' — which ones besides the KN-23?", "which
// others?"), or "which" of one word right before what sets a name aside
// ("... weapon systems — which weapons besides the KN-23?", where the
// "which" after a thing may read as a relative pronoun, so askedFor
// finds nothing): it asks for others of the kind of the name it sets
// aside.
func asksWhichOnes(ws []string) bool {
	for i, w := range ws {
		if w != "which" || i+1 >= len(ws) {
			continue
		}
		if whichPronouns[strings.Trim(ws[i+1], "?.!,;:")] {
			return true
		}
		if i+2 < len(ws) && (setAside[ws[i+2]] || i+3 < len(ws) && setAside[ws[i+2]+" "+ws[i+3]]) {
			return true
		}
	}
	return false
}

// whichPronouns stand for the thing a "which" asks for.
var whichPronouns = setOf("ones", "one", "others", "other", "else")

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
// their country's ("Budanov's agency"). A name of the pack (the POWs) that
// an entry names without saying whose is whose the other entries say.
var whoseGuard = guard{
	name:       "whose",
	relational: true,
	example:    "What did the Joint Chiefs say about Russian casualties?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		for _, cp := range q.compounds {
			owners := ie.whose[cp.word]
			if len(owners) == 0 && q.kinds[cp.word] == KindEntity && ie.names(cp.word) {
				// an entry that does not say whose it is speaks of the
				// pack's, whose every entry says ("Russian POWs" are none
				// of the report's: its POWs are North Korea's)
				owners = q.owners[cp.word]
			}
			if q.ownedFigureOf(cp) && ie.ownsFigure(cp.owner) && !ie.givesNoFigure() {
				// "Ukraine's casualty figure" is the figure Ukraine
				// gives, of whoever's casualties: the figure-owner
				// guard reads it (countowner.go)
				continue
			}
			owners = countedOwners(q, cp, ie, owners) // (countedowner.go)
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
	for _, c := range compounds(an.terms, an.words, lex.usage.losses) {
		f.whose.add(c[1], c[0])
		if lex.kinds[c[1]] != KindAct && !dateKey(c[1]) {
			f.peoples[c[0]] = true
		}
		if by := lex.actsFor[c[0]]; by != "" && lex.kinds[c[1]] == KindAct {
			f.whose.add(c[1], by)
		}
	}
}
