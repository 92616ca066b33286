package knowledge

import (
	"slices"
	"strconv"
	"strings"
)

// Questions about the last answer ("who says so?", "is that confirmed?",
// "is that true?") are answered from what the pack says of that answer:
// who the report says says it, and how sure it is (its [[attribution]]
// table: "Ukraine reported", "estimated", "reports suggest"). Where the
// report does not say, they are declined as any question is; with no
// answer before them, asked back.

// What a question asks of the last answer.
const (
	askSaidBy    = "said_by"   // who says so?
	askCertainty = "certainty" // is that confirmed, official, an estimate?
	askTruth     = "truth"     // is that true? (the answer itself says)
	askDoer      = "doer"      // who did that? (the answer says who)
	askWhich     = "which"     // which one is higher? (the answer's figures)
	askWhere     = "where"     // which paragraph? where does it say that?
	askQuote     = "quote"     // quote it (the answer's quotes, verbatim: quoteasked.go)
)

var (
	// sayWords ask, with "who", who says a thing.
	sayWords = setOf("say", "says", "said", "saying", "report", "reported", "reports", "reporting", "claim", "claims",
		"claimed", "claiming", "estimate", "estimated", "estimates", "state", "stated", "states", "tell", "told",
		"tells", "telling", "set", "made", "make", "came", "come", "comes", "from", "according", "conveyed",
		"mention", "mentioned", "mentions", "confirmed", "confirm", "announce", "announced",
		"think", "thinks", "thought", "believe", "believes", "reckons", "expects", "expect", "warned", "warns", "warn",
		"warning", "stating", "suggest", "suggests", "suggested", "suggesting", "predicted", "predicts", "predicting")
	sourceWords = setOf("source", "sources", "sourced", "attribution")
	// (not "wrote": "who wrote it?" asks the report's author, whom it
	// does not name, not who says what it says)
	// placeWords ask, with "which", "what" or "where", where the report
	// says a thing: "which paragraph?", "where in the article?".
	placeWords = setOf("paragraph", "paragraphs", "para", "paras", "par", "graf", "part", "section", "line", "passage", "sentence")
	// writtenWords ask, with "where", where it is said: "where does it say
	// that?", "where is that written?".
	writtenWords = setOf("say", "says", "said", "written", "write", "mention", "mentioned", "mentions", "stated", "state", "states")
	// sureWords ask how sure the report is.
	sureWords = setOf("confirmed", "confirm", "confirmation", "official", "officially", "verified", "verify",
		"accurate", "certain", "sure", "reliable", "estimate", "estimated", "fact", "facts", "legit", "proven",
		"proof", "trustworthy", "credible", "guess", "rumor", "rumour", "solid", "definite", "speculation", "only")
	trueWords = setOf("true", "right", "correct", "real", "really", "so", "accurate")
	// doWords ask, with "who" and "that", who did what was answered.
	doWords = setOf("did", "does", "do", "done", "made", "make", "makes", "set", "sets", "caused", "cause")
	// comparatives ask, with "which", which of the figures answered.
	comparatives = setOf("higher", "more", "bigger", "larger", "lower", "smaller", "fewer", "less", "newer", "older",
		"later", "earlier", "latest", "recent", "worse", "bigger", "greater", "highest", "largest", "biggest")
	// askingWords frame such a question and carry no topic of their own.
	askingWords = setOf("who", "whom", "whose", "how", "where", "do", "does", "did", "we", "you", "they", "know",
		"knows", "is", "was", "are", "were", "that", "this", "it", "those", "these", "so", "says", "an", "a", "the",
		"just", "or", "and", "even", "one", "ones", "figure", "number", "numbers", "figures", "too", "also", "based",
		"on", "what", "by", "of", "whether", "if", "about", "according", "to")
)

// lastAnswerAsk says what a question asks of the last answer, if it asks
// of it only: "" when it asks anything else.
func lastAnswerAsk(ws []string) string {
	if quoteAsked(ws) {
		return askQuote
	}
	if len(ws) > 1 && (ws[0] == "which" || ws[0] == "what") && slices.ContainsFunc(ws[1:min(4, len(ws))], func(w string) bool { return officials[w] }) {
		return "" // "Which JCS official made that statement, specifically?" asks an official, a question of its own
	}
	who, say, source, sure, truth, know, place := false, false, false, false, false, false, false
	for i, w := range ws {
		switch {
		case (w == "who" || w == "whom" || w == "whose" || w == "whos") && (i < 3 || i == len(ws)-1):
			// ("whose estimate is that?" asks who made it; "whos" is "who
			// is" written without its apostrophe: "whos claiming that")
			who = true // not "soldiers who had died"
		case (w == "which" || w == "what") && i == 0 && len(ws) > 1 && doerNouns[ws[1]]:
			who = true // "which country did that?" asks who did it
		case w == "know" && i > 0:
			know = true
		}
		c := classOf(w)                           // (one lookup for the lists below)
		say = say || c.is(sayClass|saidNounClass) // "who made that assessment?" asks who says it
		source = source || c.is(sourceClass)
		sure = sure || c.is(sureClass) && !(w == "only" && i+1 < len(ws) && (ws[i+1] == "if" || ws[i+1] == "when")) // "only if what?" asks a condition
		truth = truth || c.is(trueClass)
		place = place || c.is(placeClass)
	}
	asksPlace := len(ws) > 0 && len(ws) <= 8 && (place && (ws[0] == "which" || ws[0] == "what" || ws[0] == "where" || ws[0] == "in" || len(ws) == 1) ||
		ws[0] == "where" && slices.ContainsFunc(ws, func(w string) bool { return writtenWords[w] }) && slices.ContainsFunc(ws, func(w string) bool { return w == "that" || w == "it" || w == "this" }))
	// "when was that number from?" asks its date, not where it came from
	// and "from" of what was said follows it ("where's that from?",
	// "is that one from Ukraine?"): "what quote from Kim does it carry?"
	// asks a quote of Kim's, not where the answer came from
	from := false
	if f := slices.Index(ws, "from"); f > 0 && !slices.Contains(ws, "when") && !fromWhere(ws, f) {
		from = slices.ContainsFunc(ws[:f], func(w string) bool { return w == "that" || w == "it" || w == "this" || w == "one" })
	}
	that := slices.ContainsFunc(ws, func(w string) bool { return w == "that" || w == "it" || w == "this" })
	switch {
	case asksPlace:
		return askWhere
	case who && that && slices.ContainsFunc(ws, func(w string) bool { return doWords[w] }) && len(ws) <= 4 &&
		// (not "who made that claim?": a thing said was made by who says it)
		!slices.ContainsFunc(ws, func(w string) bool { return sayWords[w] && !doWords[w] || saidNouns[w] }) || who && madeIt(ws):
		return askDoer
	case len(ws) > 0 && ws[0] == "which" && slices.ContainsFunc(ws, func(w string) bool { return comparatives[w] || sureWords[w] }) && len(ws) <= 5,
		len(ws) > 0 && ws[0] == "what" && len(ws) <= 6 && slices.ContainsFunc(ws, func(w string) bool { return comparatives[w] }) &&
			slices.ContainsFunc(ws, func(w string) bool { return figureNouns[w] }):
		// ("what's the higher number?" asks which)
		// "which one is higher?", "which one is an estimate?": the
		// answer that gives both figures says
		return askWhich
	case comparedOne(ws):
		// "the bigger one is from when", "and the smaller one": one of
		// the figures just given, which the answer giving both tells
		return askWhich
	case who && (say || asksGiver(ws)) || from || (source || know && slices.Contains(ws, "how")) && !ofPerson(ws) || slices.Contains(ws, "where") && (slices.Contains(ws, "from") && !fromWhere(ws, slices.Index(ws, "from")) || slices.Contains(ws, "come")):
		return askSaidBy
	case sure && !slices.ContainsFunc(ws, func(w string) bool { return refWords[w].want == "he" || refWords[w].want == "she" || w == "her" }):
		// "is that confirmed?" of the answer, not "did she confirm it?"
		// of someone
		return askCertainty
	case truth && len(ws) > 0 && (beAux[ws[0]] || ws[0] == "that" || ws[0] == "this" || ws[0] == "really") && !slices.ContainsFunc(ws, func(w string) bool {
		return refWords[w].want == "he" || refWords[w].want == "she" || refWords[w].want == "they" || w == "her"
	}):
		// "is that true?" of what was said, not "is he right?" of who said it
		return askTruth
	}
	return ""
}

// howSure reports whether ws opens by asking how sure: "how sure are
// they?", "how reliable are those?" ask it of what was said, as "are they
// reliable?" does.
func howSure(ws []string) bool {
	return len(ws) > 2 && ws[0] == "how" && sureWords[ws[1]] && beAux[ws[2]]
}

// ofPerson reports whether ws speaks of a person by a pronoun: "how does
// he know?", "what are his sources?" ask where one got what he said,
// which is not who said it.
func ofPerson(ws []string) bool {
	return slices.ContainsFunc(ws, func(w string) bool { return refWords[w].want == "he" || refWords[w].want == "she" || w == "her" })
}

// madeIt reports whether ws asks who made what was answered so: "who
// made it more accurate?" asks who did it, not who says so.
func madeIt(ws []string) bool {
	for i := 0; i+1 < len(ws); i++ {
		if (ws[i] == "made" || ws[i] == "make" || ws[i] == "makes") && (ws[i+1] == "it" || ws[i+1] == "them") {
			return true
		}
	}
	return false
}

// aboutLastAnswer answers a question about the last answer, if ws is one.
func (e *Engine) aboutLastAnswer(c Conversation, ws []string, tr *trace) (Answer, Conversation, bool) {
	if n := len(ws); n > 2 && (ws[n-2] == "that" || ws[n-2] == "it" || ws[n-2] == "this") && e.an.isFillerWord(ws[n-1]) &&
		!slices.ContainsFunc(findReferences(ws), func(r reference) bool { return r.end == n }) {
		// "who reported that po?": a particle after it says nothing
		// of it, and would keep "that" from ending the question (not
		// "that guy", a person referred to)
		ws = ws[:n-1]
	}
	if k := movedOn(ws); k > 0 && k < len(ws) && (whWords[ws[k]] || ws[k] == "in") {
		// "also which paragraph is that in?": the words that only move
		// the talk on say nothing of what is asked
		ws = ws[k:]
	}
	if n := saysFrame(ws); n > 0 && n+2 < len(ws) && (ws[n] == "who" || ws[n] == "whom" || ws[n] == "whose") {
		// "does it say who came up with that estimate?" asks who did,
		// of what the report says: not how sure it is of the estimate
		ws = ws[n:]
	}
	ask := lastAnswerAsk(ws)
	if ask == "" || ask == askCertainty && c.entry > 0 && e.howProperty(c.entry-1, ws) {
		return Answer{}, c, false // "how accurate is it now?": see howproperty.go
	}
	if (ask == askCertainty || ask == askTruth) && e.itOpensClaim(ws) {
		return Answer{}, c, false // "is it true russia made ...?" (itclaim.go)
	}
	if ask == askCertainty {
		ws = sureTailCut(ws)
	}
	refs := findReferences(ws)
	// "which paragraph", "where does it say": asking, no topic
	placeAsked := func(w string) bool {
		return ask == askWhere && (placeWords[w] || writtenWords[w]) || ask == askQuote && (quoteFrame[w] || quoteWords[w])
	}
	that := slices.ContainsFunc(refs, func(r reference) bool { return r.want == "that" || r.want == "figure" || r.want == "it" && !r.poss })
	if !that && c.entry > 0 && e.figuresIn(c.entry-1) > 1 && (ask == askCertainty || ask == askSaidBy) && len(ws) > 0 && (beAux[ws[0]] || doAux[ws[0]] || howSure(ws)) {
		// "are they reliable?", "how sure are they?" after an answer
		// that gives figures: of them (not "how many of them were only
		// injured?")
		that = slices.ContainsFunc(refs, func(r reference) bool { return r.want == "they" && !r.poss })
	}
	// what else it says must be about the last answer
	rest := slices.DeleteFunc(slices.Clone(ws), func(w string) bool {
		return classOf(w).is(aboutAnswerClasses|doClass|comparativeClass) || placeAsked(w) ||
			refWords[w].want == "they" || // "who is reporting that they're involved?"
			e.an.isFillerWord(w) // "is that confirmed na?": a particle says nothing of it
	})
	if ask == askWhich || ask == askWhere || ask == askQuote {
		that = true // "which one": of the figures just given; "which paragraph?", "quote it": of the answer
	}
	an := e.an.analyzeWords(rest, true)
	if c.entry == 0 && ask == askSaidBy && e.namesChoiceOnly(ws, an) {
		// "is it from Ukraine or South Korea?" with nothing before it:
		// who said what "it" names, which is nothing (see namechoice.go)
		tr.note("whose of two names, of nothing named")
		return e.notOfIt(strings.Join(ws, " ")), c, true
	}
	if counted, noun := countedAsked(ws, ask, that); len(counted) > 0 && e.onlyCounted(ws, counted, noun, ask) {
		// "where do those casualty numbers come from?": the figures
		// the last answer gave, or else those the report gives of what
		// they count (see figurecounted.go)
		if c.entry > 0 && !c.declined && e.givesCount(c.entry-1) && e.ofCounted(c.entry-1, counted) {
			that = true
		} else if en, ok := e.countedEntry(counted); ok {
			tr.note("a figure named by what it counts: " + e.pack.Entries[en].ID)
			c.setEntry(en, nil)
			c.declined = false
			that = true
		}
	}
	if en, ok := e.figureNamed(an); ok && that {
		// "the January number, who reported that one?": that figure's,
		// which the question names itself, so a question turned down
		// before it does not matter ("and that 4,000 dead number, is it
		// confirmed?")
		c.setEntry(en, nil)
		c.declined = false
	} else if en, ok := e.figureCalled(c, refs); ok && that {
		// "who came up with that estimate?" after two figures: the one
		// its own answer calls an estimate
		c.setEntry(en, nil)
	} else if c.entry > 0 && ask != askWhich && slices.ContainsFunc(refs, func(r reference) bool { return r.word == "that one" || r.word == "this one" }) &&
		len(e.mainFigures(c.entry-1)) > 1 {
		// "is that one official?" after two figures: which?
		tr.note("one of the figures just given, and which is not said")
		p := pending{words: slices.Clone(ws), ref: reference{want: "that", word: "that one"}, ask: ask}
		return e.askBack(c, p), c.withPending(p), true
	}
	if (ask == askWhere || ask == askQuote) && c.entry > 0 && e.namesUncited(c.entry-1, ws, placeAsked) {
		// "which sentence says they have to want it?" after a summary
		// that says so in its own words: its citations do not, so the
		// thing is asked where the report says it
		tr.note("names what the last answer's citations do not say")
		return Answer{}, c, false
	}
	said := 0 // what it names, all of which the last answer says
	for _, t := range an.terms {
		if t.kind == KindQuestion || t.kind == KindAct || t.kind == KindFrame {
			continue
		}
		if c.entry > 0 && e.entries[c.entry-1].bag[t.text] > 0 || ask == askSaidBy && t.kind == KindEntity && that {
			said++
			continue // "is that one from Ukraine?", "is official or only proposal?"
		}
		return Answer{}, c, false
	}
	if ask == askSaidBy && said > 0 && !c.declined && slices.Contains(ws, "that") && slices.ContainsFunc(refs, func(r reference) bool { return r.want == "they" }) {
		// "who is reporting that they're involved?": that what the last
		// answer says is so
		that = true
	}
	if len(an.unknown) > 0 || !that && len(ws) > 3 {
		return Answer{}, c, false
	}
	if ask == askCertainty || ask == askTruth {
		if whole := e.an.analyzeWords(ws, true); len(subjects(whole.words, whole.terms)) > 0 {
			// "did North Korea confirm it?" asks what North Korea did,
			// not how sure the report is: asked as any question
			return Answer{}, c, false
		}
	}
	onlyThis := that && !slices.ContainsFunc(refs, func(r reference) bool { return r.word != "this" })
	if c.entry == 0 && (e.hasTopic(slices.DeleteFunc(slices.Clone(ws), func(w string) bool {
		return classOf(w).is(askingClass|sayClass|sureClass|trueClass|stopClass) || placeAsked(w) || e.an.isFillerWord(w)
	})) || onlyThis) {
		return Answer{}, c, false // "source?", "where's this from?": about the report
	}
	if c.entry == 0 {
		word := "that"
		for _, r := range refs {
			word = r.word
		}
		tr.note("about the last answer, and there is none")
		p := pending{words: slices.Clone(ws), ref: reference{want: "that", word: word}, ask: ask}
		return e.askBack(c, p), c.withPending(p), true
	}
	if ask == askDoer && len(e.entries[c.entry-1].doneBy) == 0 || ask == askWhich && e.figuresIn(c.entry-1) < 2 {
		return Answer{}, c, false // asked as any question
	}
	if c.declined && that && ask == askWhere && slices.ContainsFunc(an.terms, func(t term) bool { return t.kind == KindKey || t.kind == KindEntity || t.kind == KindRole }) {
		// "which paragraph gives that January number?" after a question
		// turned down names what it asks of: where the report says it
		// (paragraphof.go), not of the question turned down
		return Answer{}, c, false
	}
	if c.declined && !that && e.bareSure(ws, ask) {
		// "how sure?" after a question turned down: of that one (see
		// baresure.go)
		tr.note("how sure, of nothing named, and the last question was turned down")
		return e.notOfIt(strings.Join(ws, " ")), c, true
	}
	if c.declined && that && ask != askWhich {
		// "which paragraph?" after a question turned down: of that one,
		// which the report does not answer, not of an answer before it
		// (but "which one is higher?" is of the figures still in view)
		tr.note("about the last answer, and the last question was turned down")
		return e.notOfIt(strings.Join(ws, " ")), c, true
	}
	if (ask == askCertainty || ask == askTruth) && slices.ContainsFunc(ws, func(w string) bool { return w == "independently" || w == "independent" }) {
		// "has anyone independently verified it?": others than those
		// the report cites, of whom it says nothing
		tr.note("asks whether others than the report's sources confirm it")
		return e.notOfIt(strings.Join(ws, " ")), c, true
	}
	if (ask == askCertainty || ask == askTruth) && slices.ContainsFunc(ws, func(w string) bool { return w == "proof" || w == "evidence" || w == "proofs" }) {
		// "any proof for that?": the report gives who says so and how
		// sure, never the evidence itself
		tr.note("asks for the evidence, which the report does not give")
		return e.notOfIt(strings.Join(ws, " ")), c, true
	}
	if ask == askSaidBy && asksNotGiven(e.facts[c.entry-1].notGiven, ws) {
		// "who estimated it?" after a line that says the report does
		// not say who estimated it
		tr.note("asks who, of what the attribution says the report does not give")
		return stands(e.notSaid(e.newAnswer(strings.Join(ws, " ")), c.entry-1, ask)), c, true
	}
	if ask == askQuote && c.entry-1 == e.source {
		// "quote the line" after "source?": the source line is no line
		// of the report's telling, and what was to be quoted went
		// unanswered
		tr.note("a quote of the source line")
		return e.notOfIt(strings.Join(ws, " ")), c, true
	}
	if r, ok := e.pronounUnmet(c.entry-1, refs); ok {
		// "i want her exact words" after Budanov: "her" names no one
		// the last answer speaks of (pronounmet.go)
		tr.note("about the last answer, but " + r.word + " names no one it speaks of")
		p := pending{words: slices.Clone(ws), ref: r, ask: ask}
		return e.askBack(c, p), c.withPending(p), true
	}
	tr.note("about the last answer: " + ask)
	a := e.answerAbout(e.newAnswer(strings.Join(ws, " ")), c.entry-1, ask)
	if src := e.source; !a.Answered && ask == askSaidBy && src >= 0 && !slices.Contains(ws, "who") &&
		slices.ContainsFunc(ws, func(w string) bool { return sourceWords[w] }) {
		// "source?" of an answer the report gives no one for: the
		// report's own source
		tr.note("the source of an answer the report attributes to no one: the report's")
		a = e.answerWith(e.newAnswer(strings.Join(ws, " ")), src, 1)
	}
	if a.Answered {
		tr.checked(a.EntryID, &candidate{score: 1, cov: 1, cos: 1}, nil, "")
	}
	return stands(a), c, true
}

// hasTopic reports whether a question names something of its own: not
// only a kind of question and an act ("who says?").
func (e *Engine) hasTopic(ws []string) bool {
	an := e.an.analyzeWords(ws, true)
	return len(an.unknown) > 0 || slices.ContainsFunc(an.terms, func(t term) bool {
		return t.kind != KindQuestion && t.kind != KindAct && t.text != howTerm
	})
}

// answerAbout answers what ask asks of the answer of entry.
func (e *Engine) answerAbout(a Answer, entry int, ask string) Answer {
	en := e.pack.Entries[entry]
	var text string
	var cites []Citation
	for _, at := range e.pack.Talk.Attribution {
		if at.Entry != en.ID {
			continue
		}
		switch ask {
		case askSaidBy:
			text, cites = at.SaidBy, at.SaidByCite
		case askCertainty, askTruth:
			text, cites = at.Certainty, at.CertaintyCite
		}
	}
	if ask == askQuote {
		// "quote it": the answer's own quotes, verbatim
		return e.inReportWords(e.answerWith(a, entry, 1), "")
	}
	if ask == askWhere {
		// "which paragraph?": the answer's own citations say, as for
		// "which paragraph mentions X?" (paragraphof.go); an answer
		// citing only the source line is told by the source line
		a = e.answerWith(a, entry, 1)
		if pa, ok := e.inParagraphs(a); ok {
			return pa
		}
		if len(a.Citations) > 0 {
			a.Text = e.pack.Talk.Lines.InSourceLine
		} else {
			a.Text = strings.ReplaceAll(e.pack.Talk.Lines.InParagraphs, "{paragraphs}", paragraphsOf(a.Citations))
		}
		return a
	}
	if ask == askDoer && len(e.entries[entry].doneBy) > 0 || ask == askWhich && e.figuresIn(entry) > 1 {
		// "who did that?" of an answer that says who does what; "which
		// one is higher?" of one that gives the figures
		return e.answerWith(a, entry, 1)
	}
	if ask == askTruth {
		// "is that true?": the report's own words say
		a = e.answerWith(a, entry, 1)
		return a
	}
	if text == "" {
		return e.notSaid(a, entry, ask)
	}
	a = e.answerWith(a, entry, 1)
	a.Text, a.Citations = text, append([]Citation{}, cites...)
	return a
}

// notSaid declines what ask asks of the answer of entry, which the report
// does not say, with the entry's related questions to ask instead.
func (e *Engine) notSaid(a Answer, entry int, ask string) Answer {
	en := e.pack.Entries[entry]
	a.Outcome = Declined
	a.Text = e.pack.Talk.Lines.NotSaidBy
	if ask != askSaidBy {
		a.Text = e.pack.Talk.Lines.NotSure
	}
	related := make([]int, 0, len(en.Related))
	for _, r := range en.Related {
		related = append(related, e.byID[r])
	}
	e.relate(&a, related)
	return a
}

// figureNamed returns the entry of the figure a question names by its date
// ("the January number") or by itself ("the 4,000"): the one entry that
// gives a figure and whose question names it.
func (e *Engine) figureNamed(an analysis) (int, bool) {
	if en, ok := e.figureOf(an); ok {
		return en, true
	}
	for _, t := range an.terms {
		if isNumber(t.text) {
			if en, ok := e.figureAlone(t.text); ok {
				return en, true // (figurealone.go)
			}
		}
	}
	found := -1
	for _, t := range an.terms {
		if t.kind != KindKey || !dateKey(t.text) {
			continue
		}
		for _, en := range e.figures {
			q := e.an.analyze(e.pack.Entries[en].Question, false)
			if slices.ContainsFunc(q.terms, func(qt term) bool { return qt.text == t.text }) {
				if found >= 0 && found != en {
					return 0, false
				}
				found = en
			}
		}
	}
	return found, found >= 0
}

// figureCalled returns the figure of the last answer that a reference
// names by what it is ("that estimate"):
// of the figures the last answer gives, the one entry whose own answer
// says the reference's noun ("estimated"), when only one does.
func (e *Engine) figureCalled(c Conversation, refs []reference) (int, bool) {
	if c.entry == 0 {
		return 0, false
	}
	for _, r := range refs {
		noun, ok := strings.CutPrefix(r.word, "that ")
		if !ok {
			noun, ok = strings.CutPrefix(r.word, "this ")
		}
		if r.want != "figure" || !ok || !sureWords[noun] && !sayWords[noun] {
			continue // "that number" says which no more than "that"
		}
		found, stem := -1, snowball(noun)
		for _, f := range e.mainFigures(c.entry - 1) {
			en, ok := e.figures[f]
			if !ok || en == c.entry-1 || en == found {
				continue
			}
			if e.facts[en].stems[stem] {
				if found >= 0 {
					return 0, false
				}
				found = en
			}
		}
		return found, found >= 0
	}
	return 0, false
}

// mainFigures lists the figures an entry's answer gives, each once, but
// for those of an aside that ends it ("(By early February, about 4,000
// ...)").
func (e *Engine) mainFigures(entry int) []string { return e.facts[entry].main }

// figuresIn counts the figures an entry's answer gives.
func (e *Engine) figuresIn(entry int) int { return e.facts[entry].figures }

// fillPending reads ws as the reply to the question asked back, if it is
// one ("budanov, I mean", "the Ukrainian one", "that South Korea will take
// them"), and returns the question asked before with what was meant.
func (e *Engine) fillPending(c Conversation, ws []string, tr *trace) ([]string, bool) {
	p := c.pending
	reply := trimReply(ws)
	if len(reply) == 0 || len(reply) > 8 {
		return nil, false
	}
	an := tr.analyzeWords(e.an, reply, true, true) // often the question answer reads
	if (asksOnItsOwn(reply, an) || whIs[reply[0]] && len(reply) > 1) && !(reply[0] == "that" || reply[0] == "the") {
		return nil, false // a question of its own ("whats sk offering")
	}
	if len(reply) > 3 && (reply[0] == "and" || reply[0] == "so") && whWords[reply[1]] && an.asks() {
		// "and what are they doing there exactly" after "What do you
		// mean by 'so'?": the asker moves on, with a question of its own
		return nil, false
	}
	if namedThenAsks(reply, an) {
		return nil, false // "sk joint chiefs, what they saying": see namedthenasks.go
	}
	if p.fragment {
		return append(slices.Clone(p.words), reply...), true // "how many" "nk troops sent to russia"
	}
	if (p.ref.want == "other" && p.ref.of == "figure" || p.ref.want == "figure") && hasDateOrMeasure(an) && !slices.ContainsFunc(an.terms, func(t term) bool { return t.kind == KindQuestion }) && len(findReferences(reply)) == 0 {
		// "what about the other number?" "the dead ones": how many, the
		// number asked for, of what the reply says
		return slices.Concat([]string{"how", "many"}, reply), true
	}
	if p.ref.want == "that" {
		if e.phrasingReply(reply) {
			return nil, false // "source?": a question of its own (see phrasingreply.go)
		}
		return reply, true
	}
	picked, byPlace := e.ordinalPick(p.offered, reply)
	if len(findReferences(reply)) > 0 && !byPlace {
		return nil, false
	}
	with, named := reply, false
	if rf, ok := e.meant(p.offered, an); ok {
		with, named = rf.words, true
	} else if byPlace {
		with, named = picked.words, true // "the first one"
	}
	if !named {
		if out, ok := e.leadingName(p, reply, an); ok {
			return out, true
		}
	}
	if !named && (len(reply) > 4 || !slices.ContainsFunc(ws, func(w string) bool { return w == "mean" || w == "meant" })) {
		// a question of its own ("by phone or meeting?"), not what was
		// meant: a reply names one of those offered, or says it means
		return nil, false
	}
	with = slices.DeleteFunc(slices.Clone(with), func(w string) bool { return w == "one" })
	if len(with) == 0 {
		return nil, false
	}
	r := p.ref
	rf := referent{words: with}
	return slices.Concat(p.words[:r.at], rf.say(r), p.words[r.end:]), true
}

// leadingName reads a reply that opens with a name of the kind the
// question asked back refers to, though not one offered, and may go on
// with what the question was of ("ukraine, to the south korean offer"
// after "did they agree?"): the question with the name in the
// reference's place and the rest after it.
func (e *Engine) leadingName(p *pending, reply []string, an analysis) ([]string, bool) {
	if len(an.terms) == 0 || an.terms[0].pos != 0 || an.terms[0].kind != KindEntity {
		return nil, false
	}
	t := an.terms[0]
	rf := e.referentInfo[t.text]
	switch p.ref.want {
	case "they":
		if !t.people && rf.class != "country" && rf.class != "group" && rf.class != "body" {
			return nil, false
		}
	case "he", "she":
		if rf.class != "person" || rf.pronoun != p.ref.want {
			return nil, false
		}
	default:
		return nil, false
	}
	rest := an.words[t.end:]
	if len(rest) > 0 && rest[0] == possessive {
		// "Ukraine's" after "what's their position?": the name, said
		// below as the reference is
		rest = rest[1:]
	}
	if len(rest) > 0 && !prepositions[rest[0]] {
		return nil, false
	}
	named := referent{words: an.words[t.pos:t.end]}
	return slices.Concat(p.words[:p.ref.at], named.say(p.ref), p.words[p.ref.end:], rest), true
}

// meant returns which of the candidates offered a reply names: by its name,
// by the country it acts for ("the Ukrainian one"), or by a role the
// entry about it names ("the foreign minister"); ok false for none or
// several.
func (e *Engine) meant(offered []referent, reply analysis) (referent, bool) {
	var found []referent
	for _, rf := range offered {
		if rf.concept == "" {
			continue
		}
		about := e.entryNaming(rf.concept)
		for _, t := range reply.terms {
			if t.text == rf.concept || t.kind == KindEntity && e.an.actsFor[rf.concept] == t.text ||
				t.kind == KindRole && about >= 0 && e.entries[about].bag[t.text] >= 1 {
				if !slices.ContainsFunc(found, func(o referent) bool { return o.sameKey(rf) }) {
					found = append(found, rf)
				}
			}
		}
	}
	if len(found) != 1 {
		return referent{}, false
	}
	return found[0], true
}

// replyWords say a reply is one (see trimReply).
var replyWords = setOf("i", "mean", "meant", "sorry", "no", "oh", "im", "talking", "about", "asking", "was", "the", "ok", "okay")

// trimReply drops the words around a reply that say it is one ("sorry, I
// mean ...", "... I mean").
func trimReply(ws []string) []string {
	from, to := 0, len(ws)
	for from < to && replyWords[ws[from]] {
		from++
	}
	for to > from && replyWords[ws[to-1]] {
		to--
	}
	if from > 0 && ws[from-1] == "the" {
		from--
	}
	return ws[from:to]
}

// askBack is the question asked back for p: which of its candidates is
// meant, or what its word means.
func (e *Engine) askBack(c Conversation, p pending) Answer {
	a := e.newAnswer(strings.Join(p.words, " "))
	a.Outcome = Clarify
	if p.ref.want == "that" || len(p.offered) == 0 {
		a.Text = strings.ReplaceAll(e.pack.Talk.Lines.AskWhat, "{word}", p.ref.word)
		e.relate(&a, e.starters(3))
		return a
	}
	names := make([]string, 0, len(p.offered))
	var related []int
	for _, rf := range p.offered {
		name := e.nameAskedBack(rf)
		if !slices.Contains(names, name) {
			names = append(names, name)
		}
		if i := e.entryNaming(rf.concept); i >= 0 && !slices.Contains(related, i) {
			related = append(related, i)
		}
	}
	a.Text = strings.ReplaceAll(e.pack.Talk.Lines.AskWho, "{names}", orList(names))
	if said, ok := e.saidOffered(p); ok {
		related = said // "what did he say?": what each said (saidaskedback.go)
	}
	// three to click, as every unanswered reply has: the text names them all
	e.relate(&a, related[:min(len(related), 3)])
	return a
}

// nameAskedBack is how a question asked back names rf.
func (e *Engine) nameAskedBack(rf referent) string {
	if info, ok := e.referentInfo[rf.concept]; ok && rf.concept != "" {
		return e.displayName(info)
	}
	return strings.Join(rf.words, " ")
}

// displayName is how the pack names a referent when asking back.
func (e *Engine) displayName(rf referent) string {
	for _, r := range e.pack.Talk.Referents {
		if conceptName(r.Term) == rf.concept {
			return r.Name
		}
	}
	return strings.Join(rf.words, " ")
}

// entryNaming returns the first entry whose question names concept, or -1.
func (e *Engine) entryNaming(concept string) int {
	if concept == "" {
		return -1
	}
	for i := range e.entries {
		if e.entries[i].about[concept] && e.entries[i].bag[concept] >= 1 {
			return i
		}
	}
	return -1
}

// orList joins names as "A", "A or B", "A, B or C".
func orList(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// paragraphsOf names the paragraphs the citations quote, in the report's
// order: "paragraph 5", "paragraphs 2 and 3", "paragraphs 1, 3 and 4".
func paragraphsOf(cites []Citation) string {
	var ns []int
	for _, c := range cites {
		if !slices.Contains(ns, c.Paragraph) {
			ns = append(ns, c.Paragraph)
		}
	}
	slices.Sort(ns)
	ps := make([]string, len(ns))
	for i, n := range ns {
		ps[i] = strconv.Itoa(n)
	}
	switch len(ps) {
	case 0:
		return "the report"
	case 1:
		return "paragraph " + ps[0]
	}
	return "paragraphs " + strings.Join(ps[:len(ps)-1], ", ") + " and " + ps[len(ps)-1]
}

// comparedOne reports whether a short message picks one of the figures
// just given by a comparative, "the bigger one", with nothing else but
// words asking its date ("the bigger one is from when", "lol and the
// smaller one"): the answer that gives both says.
func comparedOne(ws []string) bool {
	if len(ws) < 3 || len(ws) > 8 {
		return false
	}
	at := slices.Index(ws, "one")
	if at < 2 || ws[at-2] != "the" || !comparatives[ws[at-1]] {
		return false
	}
	for i, w := range ws {
		if i < at-2 || i > at {
			if !oneFrame[w] {
				return false
			}
		}
	}
	return true
}

// oneFrame are the words such a pick may carry: a lead and its date asked.
var oneFrame = setOf("and", "lol", "ok", "okay", "so", "then", "what", "about", "is", "was", "from", "when", "date", "dated")

// namesUncited reports whether ws, asking where the report says what the
// answer of entry says, name a thing of their own (a word or a name, read
// as the whole question reads it: "have to want it" is a wish, though
// "want" alone is a stopword) that the entry's citations do not state.
func (e *Engine) namesUncited(entry int, ws []string, asking func(string) bool) bool {
	whole := e.an.analyzeWords(slices.DeleteFunc(slices.Clone(ws), asking), true)
	return slices.ContainsFunc(whole.terms, func(t term) bool {
		return (t.kind == KindWord || t.kind == KindEntity) && !e.entries[entry].quoted[t.text]
	})
}

// fromWhere reports whether "where" comes after the "from" at f with a
// word between: "that's from fighting where?" asks where the fighting
// was, not where what was said came from ("that's from where?", "where's
// that from?").
func fromWhere(ws []string, f int) bool {
	return f >= 0 && slices.Contains(ws[min(f+2, len(ws)):], "where")
}
