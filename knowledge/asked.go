package knowledge

import (
	"cmp"
	"slices"
	"strings"
)

// What only a question asks (who X is, what it counts, where within ...),
// read with who does what (grammar.go) into its query once (see
// query.relate), so that the guards read the query and never the words.

// relate reads the relations of the query's words, once, when the first
// guard that reads them is about to (see query.check): most questions that
// are turned down are turned down for their score, and need none.
func (q *query) relate() {
	q.related = true
	ws, ts := q.words, q.terms
	q.keys = keyTerms(ts)
	q.apart = countsApart(ws)
	_, _, q.compares = sides(q.analysis)
	q.compares = q.compares || q.sideBySide
	q.grain = askedGrain(ws)
	q.exact = asksExactCount(ws, ts)
	q.interval = countsBetween(ws, ts)
	q.after = askedAfter(ws)
	q.afterEvent = askedAfterEvent(ws, ts)
	q.partOf = askedPartOf(ws)
	q.whole = wholeCount(ws, ts, q.usage.wholeForces)
	q.saidWhat = asksWhatSaid(ws, ts)
	q.method = asksMethod(ws, ts)
	q.ongoing = beingDone(ws, ts)
	q.storyCountries = asksStoryCountries(ws, ts)
	q.done = doneActs(ws, ts)
	q.done = append(q.done, wishedActs(ws, ts, q.referents)...) // "do the prisoners want to go?" (wishfact.go)
	q.done = append(q.done, pastClauseActs(ws, ts)...)          // "is it confirmed that Seoul accepted them?" (pastclause.go)
	q.there = thereAsked(ws, ts)
	if q.there == "" {
		q.there = happenedIn(ws, ts)
	}
	if q.there == "" {
		q.there = arrivedAt(ws, ts, q.done) // "did they get to South Korea yet?" (arrivedat.go)
	}
	q.whereNow = whereNow(ws, ts)
	q.whereFrom = whereFrom(ws)
	q.choiceAct, q.choiceEither, q.choiceOK = doerChoice(ws, ts)
	if q.saidWhat {
		// "What did Cho say?" asks what was said, not whether
		q.done = slices.DeleteFunc(q.done, func(a string) bool { return slices.Contains(speechActs, a) })
	}
	tested, k := figureTested(ws, ts)
	q.tested = tested
	if k >= 0 {
		// "does the figure count only the dead?": what the figure
		// counts is asked, not counted
		n := slices.IndexFunc(ts, func(t term) bool { return t.pos > k })
		if n < 0 {
			n = len(ts)
		}
		q.counted, _ = counted(ts[:n])
	} else {
		q.counted, _ = counted(ts)
	}
	for i, t := range ts {
		if t.people && i > 0 && ts[i-1].kind == KindQuestion && (ts[i-1].end == t.pos || lostBy(ws, ts[i-1], t)) {
			q.people = append(q.people, t.text)
		}
	}
	q.subjects = subjects(ws, ts)
	q.described = describingDeeds(ws, ts)
	for _, d := range append(deeds(ws, ts, q.subjects), hedgedDeeds(ws, ts, q.subjects)...) { // (hedgeddeed.go)
		qd := queryDeed{deed: d, actKind: q.kinds[d.act], at: slices.IndexFunc(ts, func(t term) bool { return t.text == d.doer })}
		if qd.at >= 0 { // (a doer is always one of the terms)
			from, to := listSpan(ws, ts, qd.at)
			qd.mates = ts[from:to]
		}
		q.deeds = append(q.deeds, qd)
	}
	q.askedFor, _ = askedFor(ws, ts)
	q.thingAsked = thingAsked(ws, ts)
	q.objects = objects(ws, ts, true)
	q.supportBy, q.supportOf = supportAsked(ws, ts, q.deeds)
	q.excluded = excluded(ws, ts)
	q.parties = parties(ws, ts)
	q.kindAsked = len(q.unknown) > 0 && kindAsked(ws, ts)
	q.officialCountry, q.official = officialAsked(ws, ts)
	q.identity, _ = identity(ws, ts)
	q.roleObjects = roleObjects(ws, ts)
	q.scopes = scopes(ws, ts)
	for _, p := range placeScopes(ws, ts, q.referents) {
		if !slices.Contains(q.scopes, p) {
			q.scopes = append(q.scopes, p)
		}
	}
	q.figureOwners = figureOwners(ws, ts)
	for _, cp := range modifierHeads(ws, ts, compounds(ts, ws, q.usage.losses)) {
		at := slices.IndexFunc(ts, func(t term) bool { return t.text == cp[0] })
		q.compounds = append(q.compounds, queryCompound{owner: cp[0], word: cp[1], at: at})
	}
}

// countsApart reports whether a question asking "how many" counts measures one
// by one: it asks "how many" twice ("how many were killed and how many
// injured?"), sets one against another ("killed vs injured", "injured, not
// killed", "just injured", "wounded on top of that"), or asks for a part
// of a figure ("of the 3,000, how many died?", not "how many of them
// died?").
func countsApart(ws []string) bool {
	n := howManys(ws)
	if n == 0 {
		// "KIA/WIA split within the 3k figure?": a split asks the
		// measures apart without a "how many"
		return slices.ContainsFunc(ws, func(w string) bool { return splitAsks[w] })
	}
	if n > 1 {
		return true
	}
	for i, w := range ws {
		if w == "not" && i > 0 && ws[i-1] == "or" && i == len(ws)-1 {
			// "..., can tell me or not" (Singlish) asks whether it can be
			// told, no measure set against another
			continue
		}
		if apartWords[w] || (w == "of" || w == "out") && i+1 < len(ws) && (isNumber(ws[i+1]) && !monthsYear(ws, i) || theFigure[ws[i+1]] && i+2 < len(ws) && isNumber(ws[i+2])) {
			return true
		}
		if addedTo(ws, i) {
			// "how many wounded on top of that?" counts the wounded
			// besides the dead, apart from them
			return true
		}
	}
	return false
}

// monthsYear reports whether the "of" at ws[i] joins a month to its year
// ("until January of 2025"): a date, not a part "of 3,000" counted apart.
func monthsYear(ws []string, i int) bool {
	return i > 0 && dateWords[ws[i-1]] && i+1 < len(ws) && isYear(ws[i+1])
}

// addedTo reports whether ws[i] opens "on top of", "in addition to" or
// "besides": what is counted is counted besides another measure.
func addedTo(ws []string, i int) bool {
	next := func(k int, w string) bool { return i+k < len(ws) && ws[i+k] == w }
	return ws[i] == "besides" || ws[i] == "on" && next(1, "top") && next(2, "of") || ws[i] == "in" && next(1, "addition") && next(2, "to")
}

// anyAct stands in doneActs for an act the question names in words the
// pack does not know.
const anyAct = "*"

// asksAsker reports whether the modal at j asks the one asked ("could you
// tell me whether they have arrived?"): a request, not an offer; so does
// the "possibly" of the request's politeness right after its "you"
// ("could you possibly tell me whether any have arrived yet?").
func asksAsker(ws []string, j int) bool {
	you := func(k int) bool { return k >= 0 && k < len(ws) && (ws[k] == "you" || ws[k] == "u") }
	return you(j+1) || ws[j] == "possibly" && you(j-1)
}

// doneActs returns the acts a question asks whether they were done: all
// its acts when it says so ("yet", "already", "so far"), or anyAct when it
// names none; the act after its auxiliary when it asks in the past or the
// perfect, the auxiliary first or after a question word ("Did South Korea
// accept ...?", "How many have moved ...?", "Were they moved?", but "What did the JCS say
// about more deployments?" asks what was said). A question that offers
// something itself ("Has South Korea offered to ...?", "Would it ...?")
// asks nothing done.
func doneActs(ws []string, ts []term) []string {
	act := func(t term) bool { return t.kind == KindWord || t.kind == KindAct }
	// what it offers itself comes by its first act: "did they say they
	// want to go?" asks whether they said so
	upTo, object := len(ws), -1
	if k := slices.IndexFunc(ts, act); k >= 0 {
		upTo = ts[k].end
		object = ts[k].pos // the words of its act after its first are what is done ("taken the offer")
	}
	// each word's classes, looked up once for both readings below
	var classArray [32]wordClass // on the stack, for most questions
	classes := classArray[:0]
	for _, w := range ws {
		classes = append(classes, classOf(w))
	}
	for j := range ws[:upTo] {
		if classes[j].is(offerClass|modalClass|futureClass) && !(object >= 0 && j > object) && !asksAsker(ws, j) {
			return nil
		}
	}
	for i, w := range ws {
		c := classes[i] // (one lookup for the lists below)
		switch {
		case c.is(completedClass) && i > 0 && classOf(ws[i-1]).is(offerClass|modalClass|futureClass):
			// "could eventually send", "will finally go": what may be in
			// the end, not whether it is done
		case c.is(completedClass), i+1 < len(ws) && c.is(completedStartClass) && completed[w+" "+ws[i+1]]:
			var out []string
			for _, t := range ts {
				if act(t) && !askersAct(ws, t) {
					out = append(out, t.text)
				}
			}
			if len(out) == 0 {
				// the act is in words the pack does not know ("did any
				// POW already make it to Seoul?"): it asks whether
				// whatever the entry speaks of was done
				out = append(out, anyAct)
			}
			return out
		case w == "happened" && i > 0 && whWords[ws[i-1]] && !slices.ContainsFunc(ts, act):
			// "what happened to the POWs?" asks what was done to them,
			// in words that name no act: an offer to take them is not
			// what happened ("what will happen to them?" is, as offered)
			return []string{anyAct}
		case (c.is(pastAuxClass) || i == 0 && (w == "was" || w == "were")) && (i+1 == len(ws) || ws[i+1] != "to") && (i == 0 || slices.ContainsFunc(ws[:i], func(w string) bool { return whWords[w] })): // not "have to"
			// "were they moved?" asks it in the passive; not "whose idea
			// was it?"
			if j := slices.IndexFunc(ts, func(t term) bool { return t.pos > i && act(t) && !askersAct(ws, t) }); j >= 0 {
				return []string{ts[j].text}
			}
		case i > 0 && c.is(pastAuxClass) && (i+1 == len(ws) || ws[i+1] != "to") && slices.ContainsFunc(ts, func(t term) bool { return t.kind == KindEntity && t.end == i && t.pos <= 1 }):
			// asked as a statement, its name first: "Ukraine has
			// accepted South Korea's proposal?" asks as "has Ukraine
			// accepted ...?" does
			if j := slices.IndexFunc(ts, func(t term) bool { return t.pos > i && act(t) && !askersAct(ws, t) }); j >= 0 {
				return []string{ts[j].text}
			}
		}
	}
	return nil
}

// happenedIn returns the place a question asks what happened (happens,
// is happening) in: the name after "in" ("what happened in North
// Korea?"), which an entry that puts no one there does not answer, as
// for thereAsked; "" if it asks none.
func happenedIn(ws []string, ts []term) string {
	k := slices.IndexFunc(ws, func(w string) bool { return happenFilter.may(w) && happenWords[w] })
	if k < 1 || !whWords[ws[k-1]] && !(k > 1 && beAux[ws[k-1]] && whWords[ws[k-2]]) {
		return ""
	}
	for _, t := range ts {
		if t.kind == KindEntity && t.pos == k+2 && ws[k+1] == "in" {
			return t.text
		}
	}
	return ""
}

// happenWords ask what happened.
var happenWords = setOf("happened", "happens", "happening", "happen")

// thereAsked returns the place a question opened by a form of "be", with
// no act, asks whether someone is in: the name after "in" ("are the POWs
// (already) in South Korea?", "are they now in Seoul?"); "" if it asks
// none. An entry that puts no one there (an offer to take them) does not
// answer it "Yes", with or without "now": the report does not say they
// are. Not "are there thousands of troops in Russia?" (how many), nor a
// choice of places ("is that in Russia or Ukraine?").
func thereAsked(ws []string, ts []term) string {
	if len(ws) < 2 || !beAux[ws[0]] || ws[1] == "there" || slices.Contains(ws, "or") ||
		slices.ContainsFunc(ts, func(t term) bool { return t.kind == KindWord || t.kind == KindAct }) {
		return "" // "are there thousands in Russia?" asks how many; "in Russia or Ukraine?" which
	}
	for _, t := range ts {
		if t.kind == KindEntity && t.pos > 1 && ws[t.pos-1] == "in" {
			return t.text
		}
	}
	return ""
}

// whereFrom reports whether a question asks where a thing comes from:
// "where" first and "from" last ("Where do the reports of the troop
// dispatch come from?"): its origin, not where someone is.
func whereFrom(ws []string) bool {
	return len(ws) > 2 && ws[0] == "where" && ws[len(ws)-1] == "from"
}

// whereNow reports whether a question asks where someone is by now:
// "where" and a form of "be", no act, and a word of the present ("Where
// are the North Korean POWs now?"); a place offered them is no answer.
func whereNow(ws []string, ts []term) bool {
	if len(ws) < 2 || ws[0] != "where" || !beAux[ws[1]] || slices.ContainsFunc(ts, func(t term) bool { return t.kind == KindWord || t.kind == KindAct }) {
		return false
	}
	return slices.ContainsFunc(ws, func(w string) bool { return w == "now" || w == "currently" || w == "still" })
}

// wholeCount reports whether a question counts a force as a whole: "how
// many" or "how big" of a role named as a whole ("army", "military") or
// with a word for all of it ("in total", "overall", "does North Korea
// have"), and nothing that narrows it to some (an act, a place, a date,
// a measure): "How big is North Korea's army?", not "How many troops did
// North Korea send?" nor "How many are in Kursk?". forces are the pack's
// nouns of a force as a whole ([usage] whole_forces).
func wholeCount(ws []string, ts []term, forces map[string]bool) bool {
	counts, role, owners := false, -1, 0
	for i, t := range ts {
		switch t.kind {
		case KindQuestion:
			counts = counts || t.text == howMany
		case KindRole:
			role = i
		case KindEntity:
			if owners++; owners > 1 {
				return false // a place, or another party
			}
		case KindFiller, KindFrame:
		default:
			return false // an act, a measure, a date: some of it
		}
	}
	if !counts || role < 0 {
		return false
	}
	r := ts[role]
	return slices.ContainsFunc(ws[r.pos:r.end], func(w string) bool { return forces[w] }) ||
		slices.ContainsFunc(ws, func(w string) bool { return allOf[w] })
}

// howManys counts the times a question asks "how many" or "how much" in
// those words: "the 3,000 figure" or "in total" ask for no number.
func howManys(ws []string) int {
	n := 0
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] == "how" && (ws[i+1] == "many" || ws[i+1] == "much") {
			n++
		}
	}
	return n
}

// asksMethod reports whether a question asks exactly how a thing was
// done: "how" and a word that asks for the way itself ("how exactly",
// "technically", "in detail"), not "how" alone ("how did Russia improve
// the KN-23?" is answered by what it did).
func asksMethod(ws []string, ts []term) bool {
	return slices.ContainsFunc(ts, func(t term) bool { return t.text == howTerm }) && !howReportPuts(ws) &&
		(slices.ContainsFunc(ws, func(w string) bool { return exactWords[w] || methodWords[w] }) || howUnread(ws, ts) || howCameAbout(ws))
}

// howReportPuts reports whether "how" asks how the report itself puts a
// thing ("how exactly does the report present the early February figure:
// as a confirmed count or as an estimate?"): its words for it answer,
// not a way of doing anything.
func howReportPuts(ws []string) bool {
	i := slices.Index(ws, "how")
	if i < 0 {
		return false
	}
	k := i + 1
	if k < len(ws) && exactWords[ws[k]] {
		k++
	}
	if k < len(ws) && doAux[ws[k]] {
		k++
	}
	if k < len(ws) && (ws[k] == "the" || ws[k] == "this" || ws[k] == "that") {
		k++
	}
	return k+1 < len(ws) && reportWords[ws[k]] && presentVerbs[ws[k+1]]
}

// presentVerbs say how a report puts a thing, not what it says was done
// ("how exactly does the article say Russia improved them?" still asks
// the way it was done).
var presentVerbs = setOf("present", "presents", "presented", "describe", "describes", "characterise", "characterize",
	"characterises", "characterizes", "frame", "frames", "word", "words", "phrase", "phrases", "portray", "portrays",
	"depict", "depicts", "label", "labels", "qualify", "qualifies", "treat", "treats", "give", "gives", "put", "puts")

// howUnread reports whether a question opens "how did ..." of an act the
// pack does not read ("How did the North Korean soldiers get to
// Kursk?"): no act of its own is left to answer by what was done, so it
// asks the way itself (a key the pack reads, "capture", is an act). In the perfect it asks the outcome ("How has
// Russia affected the KN-23?" is what Russia has done to it).
func howUnread(ws []string, ts []term) bool {
	if len(ws) < 2 || ws[0] != "how" || !doAux[ws[1]] || perfectAux[ws[1]] {
		return false
	}
	return !slices.ContainsFunc(ts, func(t term) bool {
		return t.text != howTerm && (t.kind == KindWord || t.kind == KindAct || t.kind == KindKey || t.kind == KindQuestion)
	})
}

// perfectAux open the perfect.
var perfectAux = setOf("has", "have", "had")

// methodWords ask, with "how", for the way a thing was done itself, as
// the words that ask for a thing as it is (exactWords) do.
var methodWords = setOf("technically", "technical", "specifically", "detail", "details")

// meansWords give, in an answer, the means of a thing.
var meansWords = setOf("through", "via", "using")

// asksHowMany reports whether a question asks "how many" in those words.
func asksHowMany(ws []string) bool { return howManys(ws) > 0 }

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
// are in Kursk; is that where they fight?"). So does a name right after
// the "of" of a place asked ("In which city of South Korea will they
// live?"), but not one further on ("which region are the soldiers of
// North Korea fighting in?" asks no place in North Korea).
func scopes(ws []string, ts []term) []string {
	i := slices.IndexFunc(ts, func(t term) bool { return t.kind == KindQuestion && t.text == whereTerm })
	if i < 0 {
		return nil
	}
	out := placesAfter(ws, ts[i+1:], within)
	for _, t := range ts[i+1:] {
		if t.kind == KindEntity && offeredPlace(ws, t) {
			out = slices.DeleteFunc(out, func(p string) bool { return p == t.text }) // a guess (see placeoffered.go)
		}
	}
	if w := ts[i]; i+1 < len(ts) && w.end < len(ws) && ws[w.end] == "of" {
		if n := ts[i+1]; n.kind == KindEntity && !n.qualifier && n.pos == w.end+1 && !slices.Contains(out, n.text) {
			out = append(out, n.text)
		}
	}
	return out
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
	if q < 0 && len(ts) > 0 && ts[0].kind == KindQuestion && ws[ts[0].pos] == "who" && ts[0].end < len(ws) && (beAux[ws[ts[0].end]] && !progressive(ws, ts[0].end+1) || whoIs(ws, ts)) {
		q = 0
	}
	if q < 0 && len(ts) > 1 && ts[0].kind == KindQuestion && ws[ts[0].pos] == "who" && ts[0].end < len(ws) && ws[ts[0].end] == "the" {
		q = 0 // "whos the ukrainian fm", typo-repaired to "who the ...": who is, with no verb
	}
	if q < 0 || len(ts) < 2 {
		return "", false
	}
	named := strings.HasPrefix(ws[ts[q].pos], "name")
	rest := slices.Delete(slices.Clone(ts), q, q+1)
	x, xEnd := "", -1
	for i, t := range rest {
		switch {
		case t.kind == KindKey: // "the captured soldiers"
		case named && x != "" && t.pos == xEnd && ingAt(ws, t.pos):
			// an -ing form right after the one whose name is asked says
			// which it is, and asks nothing of its own: "the name of the
			// North Korean unit fighting in Kursk" asks who the unit is;
			// of a person ("the name of the SK guy pitching it", the
			// pack's words for Cho), only the name, which an entry that
			// names him doing it gives
			if personAt(rest, x) {
				return "", false
			}
			return x, true
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
			x, xEnd = t.text, t.end
		}
		if (t.kind == KindRole || t.kind == KindEntity && t.person) && t.end < len(ws) && ws[t.end] == possessive && !(named && t.end+1 == ts[q].pos) {
			// (but "the soldiers' names", as a pronoun read, "their
			// names", asks the soldiers' own name)
			x = "" // "the foreign minister's boss", "Cho's boss": the boss is asked about
		}
	}
	return x, x != ""
}

// progressive reports whether the word at i is a verb's "-ing" after "who
// is": "who is capturing the soldiers?" asks who does it, not who the
// soldiers are.
func progressive(ws []string, i int) bool {
	return ingAt(ws, i) && len(ws[i]) > 5 // not "thing", "king"
}

// whoIs reports whether the "'s" after the question's opening "who" is
// "is": a name follows it ("who's Cho's boss?"), not a verb ("who's got
// Kursk?").
func whoIs(ws []string, ts []term) bool {
	at := ts[0].end
	if ws[at] != possessive || len(ts) < 2 {
		return false
	}
	if at+1 < len(ws) && ws[at+1] == "the" {
		at++
	}
	return ts[1].pos == at+1
}

// asksWhatSaid reports whether a question asks what was said: a "what"
// that stands for the words themselves, before a way of saying (see
// speechActs: "What did Cho emphasize?", "summarize what Cho offered
// Ukraine", "What was said on the call?"). A "what" before a word no
// synonym reads asks for that thing ("what kind of call"), and one in a
// way of asking how ("what medium", "what format") asks the means. Right
// after the way of saying, "what" stands for the words too ("he said
// what?").
func asksWhatSaid(ws []string, ts []term) bool {
	if slices.ContainsFunc(ts, func(t term) bool { return t.text == howTerm }) {
		return false
	}
	if asksContent(ws, ts) {
		return true
	}
	for i, w := range ws {
		if w != "what" || coveredBy(ts, i) {
			continue
		}
		if slices.ContainsFunc(ts, func(t term) bool { return t.end == i && slices.Contains(speechActs, t.text) }) {
			return true // a learner's and a chat's order: "cho said what on the call"
		}
		if i+1 == len(ws) {
			continue
		}
		// the words said stand for a thing, which a noun after "what"
		// would name: a verb, a speaker or "exactly" comes next
		next := ws[i+1]
		speaker := slices.ContainsFunc(ts, func(t term) bool {
			return t.pos == i+1 && (t.kind == KindEntity || t.kind == KindRole)
		})
		if !speaker && !doAux[next] && !beAux[next] && !pronouns[next] && !determiners[next] && !midAdverbs[next] && !whatAdverbs[next] {
			continue
		}
		if slices.ContainsFunc(ts, func(t term) bool { return t.pos > i && slices.Contains(speechActs, t.text) }) {
			return true
		}
	}
	return false
}

// asksContent reports whether a question asks what a thing held, what was
// said or done in it: "what was the phone call about?", "what happened
// during the call?". A bare "what" (no noun of its own after it) asks it,
// before "about" that ends the question or before "happened" and a word
// of the time within ("during", "on", "in"). Such a question wants the
// call's content, which how it was made does not give.
func asksContent(ws []string, ts []term) bool {
	i := slices.Index(ws, "what")
	if i < 0 || i+1 == len(ws) || slices.ContainsFunc(ts, func(t term) bool { return t.pos <= i+1 && i+1 < t.end }) {
		return false
	}
	last := len(ws) - 1
	for last > i && (strings.Trim(ws[last], "?.!,;:") == "" || trailingAdverbs[ws[last]]) {
		last-- // "what was the call about again?"
	}
	if (beAux[ws[i+1]] || doAux[ws[i+1]]) && ws[last] == "about" {
		return true
	}
	return (ws[i+1] == "happened" || ws[i+1] == "happens") && i+2 < len(ws) && withinWords[ws[i+2]]
}

// trailingAdverbs may end a question after the word that ends what it
// asks ("what was it about again?").
var trailingAdverbs = setOf("again", "exactly", "then", "anyway", "really")

// withinWords say a thing happened within another ("during the call").
var withinWords = setOf("during", "on", "in", "at")

// whatAdverbs may come between "what" and the verb it is the object of
// ("what exactly did he say").
var whatAdverbs = setOf("exactly", "precisely", "specifically", "else")

// askedFor returns the plain word a "which" or "what" asks for ("Which
// reports indicate ...?", "What weapons ...?"), or a request lists ("list
// the weapons ...", listasked.go): an answer must speak of it.
func askedFor(ws []string, ts []term) (string, bool) {
	if x, ok := askedWhich(ws, ts, false); ok {
		return x, true
	}
	return whatIsThe(ws, ts)
}

// askedWhich is askedFor, and with synonyms a word the pack reads
// ("Which missiles ...?"): what an entry's way of asking asks which of
// (see answersWhich).
func askedWhich(ws []string, ts []term, synonyms bool) (string, bool) {
	for i, t := range ts {
		at := t.pos
		if at > 0 && otherWords[ws[at-1]] {
			at-- // "which other towns" asks which towns
		}
		if w := before(ws, at); (t.kind == "" || synonyms && t.kind == KindWord) && ((w == "which" || w == "what") && !verbBefore(ws, ts, i) && !relativeAt(ws, ts, at) || listedAt(ws, at)) {
			return t.text, true
		}
	}
	return "", false
}

// beingDone returns the acts a question asks of as being done now, in the
// passive: a participle right after "being", a form of "be" before it
// ("How are the POWs being treated?", "are the troops being trained?");
// not a state ("SK being ready") nor a clause after a preposition
// ("before being accepted").
func beingDone(ws []string, ts []term) []string {
	var out []string
	for _, t := range ts {
		b := t.pos - 1
		if b < 1 || ws[b] != "being" || t.kind != KindWord && t.kind != KindAct || prepositions[ws[b-1]] {
			continue
		}
		if w := ws[t.pos]; (strings.HasSuffix(w, "ed") || pastForms[w]) && slices.ContainsFunc(ws[:b], func(w string) bool { return beAux[w] || w == "r" }) { // "how r they being treated"
			out = append(out, t.text)
		}
	}
	return out
}

// otherWords may stand between "which" and the thing it asks for.
var otherWords = setOf("other", "else")

// relativeAt reports whether the "which" or "what" before position i
// follows a name or a thing, as a relative pronoun ("the allies of Kyiv
// which report ..."): it asks for nothing. A "what" is no relative
// pronoun: after a thing it starts a question of its own, the stop lost
// ("... since the 1950s - what war is that?").
func relativeAt(ws []string, ts []term, i int) bool {
	if i > 0 && ws[i-1] == "the" {
		i--
	}
	if i > 0 && ws[i-1] == "what" {
		return false
	}
	return i > 0 && slices.ContainsFunc(ts, func(t term) bool { return t.end == i-1 })
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
		j := i + 1
		switch {
		case w == "which" || w == "what":
		case w == "who" && j+2 < len(ws) && ws[j] == "in" && ws[j+1] == "the":
			// "who in the Russian government made the offer?" asks
			// which of its officials (officialin.go)
			if c, ok := officialIn(ws, ts, j+2); ok {
				return c, true
			}
			continue
		case (w == "who" || w == "who's") && i+1 < len(ws):
			// "who is the Ukrainian official mentioned?" asks the same as
			// "which Ukrainian official": the copula and article stand
			// between them
			if w == "who" && (ws[j] == "is" || ws[j] == "was") {
				j++
			}
			if j >= len(ws) || (ws[j] != "the" && ws[j] != "that") {
				continue
			}
			j++
		case namingVerbs[w] && j < len(ws) && ws[j] == "the":
			j++ // "Name the Ukrainian official who ...": bids one named, as "which" asks
		default:
			continue
		}
		for j < len(ws) && officialQualifiers[ws[j]] {
			j++ // "which named Ukrainian official"
		}
		for _, t := range ts {
			if t.kind == KindEntity && t.pos == j {
				// the first name is whose ("which Ukrainian intelligence
				// official": Ukraine's), the rest only which body
				country, j = cmp.Or(country, t.text), t.end
			}
		}
		if j < len(ws) && officials[ws[j]] && !adjectiveAt(ws, ts, j) {
			return country, true
		}
		if c, ok := ministerOf(ws, ts, j, country); ok && (w == "which" || w == "what") {
			return c, true
		}
		country = ""
	}
	return "", false
}

// adjectiveAt reports whether the official word at j stands before a
// thing of the pack's, as an adjective: "who is the official source"
// asks which source, not which official. A word that may be a verb keeps
// the official asked ("which official received the proposal", "which
// official reports it").
func adjectiveAt(ws []string, ts []term, j int) bool {
	if j+1 >= len(ws) {
		return false
	}
	w := ws[j+1]
	return singularNoun(w) && !strings.HasSuffix(w, "ed") && !pastForms[w] &&
		slices.ContainsFunc(ts, func(t term) bool { return t.pos == j+1 && t.kind == KindWord })
}

// officialQualifiers stand between "which" and the official it asks,
// asking the same: "which named Ukrainian official", "which specific
// official".
var officialQualifiers = setOf("named", "specific", "particular", "exact", "individual", "senior", "top")

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
// kind ("Is the KN-23 a cruise missile?", "is the kn-23 nuclear?"): a
// copula first, then the name, then "a" or "an", or one last word the
// pack does not know.
func kindAsked(ws []string, ts []term) bool {
	if len(ws) < 3 || !beAux[ws[0]] {
		return false
	}
	i := 1
	if ws[i] == "the" {
		i++
	}
	for k, t := range ts {
		if t.pos == i && t.kind == KindEntity {
			if t.end < len(ws) && (ws[t.end] == "a" || ws[t.end] == "an") {
				return len(ws) >= 4
			}
			return k+2 == len(ts) && ts[k+1].kind == "" && ts[k+1].pos == t.end && ts[k+1].end == len(ws)
		}
	}
	return false
}

// excluded lists the names a question sets aside ("besides North Korea",
// "other than Kyiv"): it asks about others. Names joined to a name set
// aside by "and" or "or" are set aside with it ("apart from Russia and
// Ukraine", "besides the US and South Korea").
func excluded(ws []string, ts []term) []string {
	var out []string
	for i := 0; i < len(ts); i++ {
		t := ts[i]
		if t.kind != KindEntity || t.pos == 0 {
			continue
		}
		p := t.pos
		if p > 1 && ws[p-1] == "the" {
			p-- // "besides the KN-23"
		}
		w := ws[p-1]
		if p > 1 && (w == "than" || w == "from") {
			w = ws[p-2] + " " + w
		}
		if !setAside[w] {
			continue
		}
		out = append(out, t.text)
		for i+1 < len(ts) && ts[i+1].kind == KindEntity && coordinated(ws[ts[i].end:ts[i+1].pos]) {
			i++
			out = append(out, ts[i].text)
		}
	}
	return out
}

// coordinated reports whether the words between two names join them as
// one list: "and" or "or", with no more than "the" besides ("the US and
// the JCS").
func coordinated(between []string) bool {
	joined := false
	for _, w := range between {
		switch w {
		case "and", "or", "&":
			if joined {
				return false
			}
			joined = true
		case "the":
		default:
			return false
		}
	}
	return joined
}

// adjacent reports whether word to follows word from, or only adverbs that
// sit between a subject and its verb come between ("the prisoners already
// said", "Seoul also says").
func adjacent(ws []string, from, to int) bool {
	if from < 0 || from > to {
		return false
	}
	for _, w := range ws[from:to] {
		if !midAdverbs[w] {
			return false
		}
	}
	return true
}

// midAdverbs are the adverbs that may stand between a subject and its verb.
var midAdverbs = setOf("already", "also", "just", "still", "really", "actually", "even", "now", "ever", "allegedly", "reportedly", "apparently", "supposedly", "officially", "publicly", "recently", "finally")

// namesDoerAfter reports whether the act t is written as a preposition
// that names its doer after it ("according to Budanov", "as per the JCS",
// "attributed to"): a bare name right before it is no doer of it.
func namesDoerAfter(ws []string, t term) bool {
	last := ws[t.end-1]
	return last == "to" || last == "per" || last == "2"
}

// personAt reports whether the term x among ts is a person's name.
func personAt(ts []term, x string) bool {
	return slices.ContainsFunc(ts, func(t term) bool { return t.text == x && t.person })
}

// askersAct reports whether the act t is the asker's own, right after
// "i" or "we" ("did they get to South Korea yet... i hope so"): a hope
// or a wish of the one asking is not what is asked done.
func askersAct(ws []string, t term) bool {
	return t.pos > 0 && askersOwn[ws[t.pos-1]]
}
