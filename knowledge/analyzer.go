package knowledge

import (
	"maps"
	"runtime"
	"slices"
	"sync"
)

// analyzer turns text into terms. It is built from a pack's synonyms and
// vocabulary, and is safe for concurrent use once built.
type analyzer struct {
	// foreign are the common words of the pack's other Latin-script
	// languages (see dropForeign).
	foreign map[string]bool
	// foreignSieve is foreign's sieve (wordfilter.go).
	foreignSieve *wordSieve
	// storyWords are the report's names a chain of names may qualify
	// (storytopic.go), set by NewEngine.
	storyWords map[string]bool
	// usage holds the pack's words of English usage (usage.go).
	usage usage
	// leads are the lead-ins of a paragraph pointed at (see
	// pointerLeadsOf).
	leads map[[2]string]bool
	// phrases by their first stem, longest first (pointing into aliases).
	phrases map[string][]*phrase
	// starts are phrases again, for matching (see phraseStart).
	starts map[string]*startsWith
	kinds  map[string]Kind
	// actsFor maps a person to the entity they act for.
	actsFor map[string]string
	// known holds every word and stem the pack uses, for typo correction.
	known map[string]bool
	// pieces are the words the pack writes only inside its multiword
	// phrases, and their stems, where no other word of the pack shares
	// the stem: not known, never corrected towards, left as written
	// (phrasewords.go).
	pieces map[string]bool
	// pieceWords are those words as the phrases write them, but for a
	// letter: known as written only (asPiece).
	pieceWords map[string]bool
	// stems caches the stem of every word the pack uses: stemming is the
	// costliest step of reading a question, and most words are the pack's.
	stems map[string]string
	// runStems keeps the stems of words the pack does not use, stemmed
	// after the analyzer is built (see stemmemo.go).
	runStems stemMemo
	// memo holds the analysis of each pack text read while building, so
	// that validation and indexing read each text once.
	memo map[string]analysis
	// aliases are every synonym's term and aliases, read once, in the
	// pack's order (an empty one has no words).
	aliases []phrase
	// stemCache holds stems known before the pack is read (only while
	// the analyzer is built).
	stemCache map[string]string
	// built says the caches are complete: the analyzer only reads them
	// from then on, and is safe for concurrent use.
	built bool
	// parent, if set, is the analyzer this one was derived from: its
	// caches are read, never written.
	parent *analyzer
	typos  *typoIndex
	// written are the words the report and the entries' questions and
	// answers write (see Pack.writtenWords).
	written map[string]bool
	// plain are the words repair leaves alone (see plainWords).
	plain map[string]bool
	// senses are the pack's senses by the first of their words, in
	// the pack's order (see senses.go); senseProblems what was wrong with
	// them, for validation.
	senses        map[string][]*sense
	senseProblems []string
	// senseSieve is the sieve (wordfilter.go) of senses' first words:
	// every word of every question read is asked whether a sense starts
	// with it, and nearly none does.
	senseSieve *wordSieve
}

// newAnalyzer builds an analyzer for the synonyms, and reads texts (the
// entries) ahead, so that validation and indexing find them read. Of the
// report only the words are learnt: nothing reads it as a question.
// places are the concepts the pack names as places (its referents of class
// place), which say where a thing is, never whose it is; use the pack's
// words of usage, which reading the texts may turn on.
func newAnalyzer(syns []Synonym, senses []Sense, use usage, places map[string]bool, report, texts []string, stemCache map[string]string) *analyzer {
	n := 0
	for _, s := range syns {
		n += 1 + len(s.Aliases)
	}
	a := &analyzer{
		phrases:   make(map[string][]*phrase, n/2), // two aliases a first word
		kinds:     make(map[string]Kind, len(syns)),
		actsFor:   map[string]string{},
		memo:      make(map[string]analysis, len(texts)),
		stemCache: stemCache,
		leads:     pointerLeadsOf(syns),
		usage:     use,
	}
	// The pack's words are about as many as those of the embedded pack.
	a.stems = make(map[string]string, len(a.stemCache))
	a.aliases = make([]phrase, 0, n) // never grown: phrases points into it
	var stems []string               // every alias's stems, cut from few arrays
	for _, s := range syns {
		concept := conceptName(s.Term)
		a.kinds[concept] = s.Kind
		if s.For != "" {
			a.actsFor[concept] = conceptName(s.For)
		}
		for _, alias := range append([]string{s.Term}, s.Aliases...) {
			p := phrase{concept: concept, term: s.Term, alias: alias, words: splitWords(alias)}
			if len(p.words) > cap(stems)-len(stems) {
				stems = make([]string, 0, max(2*n, len(p.words)))
			}
			for _, w := range p.words {
				stems = append(stems, a.stem(w))
			}
			p.stems = stems[len(stems)-len(p.words) : len(stems) : len(stems)]
			a.aliases = append(a.aliases, p)
			if len(p.stems) > 0 {
				a.phrases[p.stems[0]] = append(a.phrases[p.stems[0]], &a.aliases[len(a.aliases)-1])
			}
		}
	}
	for i := range a.aliases {
		p := &a.aliases[i]
		p.kind, p.person, p.place = a.kinds[p.concept], a.actsFor[p.concept] != "", places[p.concept]
	}
	for _, ps := range a.phrases {
		// longest first, so "north korean government" wins over "north korean"
		slices.SortStableFunc(ps, func(x, y *phrase) int { return len(y.stems) - len(x.stems) })
	}
	a.starts = phraseStarts(a.phrases)
	a.senseProblems = a.readSenses(senses)
	for _, t := range report {
		for _, w := range sentenceWords(t) {
			a.stem(w)
		}
	}
	a.readAhead(texts)
	// Every word of the pack has been read, and stemmed once.
	// (but for the words only its multiword phrases hold: phrasewords.go)
	a.known, a.pieces, a.pieceWords = knownWords(a.stems, pieceWords(syns, senses, report, texts))
	a.stemCache = nil
	a.built = true
	return a
}

// derive returns a new analyzer with a's synonyms, vocabulary and caches
// to read (all shared, never written).
func (a *analyzer) derive() *analyzer {
	return &analyzer{phrases: a.phrases, starts: a.starts, kinds: a.kinds, actsFor: a.actsFor, aliases: a.aliases, known: a.known, pieces: a.pieces, pieceWords: a.pieceWords,
		senses: a.senses, senseSieve: a.senseSieve, written: a.written, leads: a.leads, usage: a.usage, parent: a, stems: map[string]string{}, memo: map[string]analysis{}}
}

// readAhead analyzes the texts into the memo on up to four cores: they
// are read independently, and reading them is a third of loading. Each
// worker is derived from a, reading a's caches and stemming into its own;
// when all are done, their stems are merged into a's, and the analyses
// go to a's memo.
func (a *analyzer) readAhead(texts []string) {
	n := min(runtime.GOMAXPROCS(0), 4, 1+len(texts)/64)
	if n == 1 {
		for _, t := range texts {
			a.analyze(t, false)
		}
		return
	}
	kids := make([]*analyzer, n)
	read := make([]analysis, len(texts)) // each worker writes its own
	var wg sync.WaitGroup
	for k := range kids {
		kid := a.derive()
		kid.stemCache = a.stemCache
		kids[k] = kid
		wg.Go(func() {
			for i := k; i < len(texts); i += n {
				read[i] = kid.analyzeWords(sentenceWords(texts[i]), false)
			}
		})
	}
	wg.Wait()
	for _, kid := range kids {
		maps.Copy(a.stems, kid.stems)
	}
	for i, t := range texts {
		a.memo[t] = read[i]
	}
}

// stem returns the stem of w, cached while the analyzer is being built
// and read-only afterwards, so that it is safe for concurrent use; the
// stems of other words are kept apart after (stemmemo.go).
func (a *analyzer) stem(w string) string {
	if s, ok := a.stems[w]; ok {
		return s
	}
	if a.parent != nil {
		if s, ok := a.parent.stems[w]; ok {
			return s
		}
	}
	if a.built {
		return a.runStems.stem(w) // (not the pack's: stemCache is gone)
	}
	s, ok := a.stemCache[w]
	if !ok {
		s = snowball(w)
	}
	if a.typos == nil {
		a.stems[w] = s
	}
	return s
}

func (a *analyzer) parentStems() map[string]string {
	if a.parent == nil {
		return nil
	}
	return a.parent.stems
}

func (a *analyzer) isKnown(w string) bool {
	return a.known[w] || a.known[a.stem(w)] || a.asPiece(w)
}

// isKnownStem is isKnown for a word whose stem is at hand (as reading a
// question has them): stemming again a word the pack does not know would
// run the stemmer again.
func (a *analyzer) isKnownStem(w, stem string) bool {
	return a.known[w] || a.known[stem] || a.asPiece(w)
}

// analysis is what a text means to the engine.
type analysis struct {
	words []string
	terms []term
	// firstAsked, on the second of two questions read alone, is what the
	// first asks of (secondquestion.go): an entry found for it answers
	// only when it speaks of that too.
	firstAsked firstQuestion
	// spelled is the abbreviation it asks the letters of, if any ("what
	// does RBC stand for?"): see standsfor.go.
	spelled string
	// premise, on the question after a premise read alone, are the
	// premise's terms: an overview answers it only if it speaks of them
	// (premiseoverview.go).
	premise []term
	// claim, on such a question naming nothing of its own, is it asked
	// of what the claim speaks of (claimasked.go).
	claim *analysis
	// unknown lists the stems of words the pack has never seen, after
	// typos are corrected.
	unknown []string
	// greeting is set when there is a greeting or "help" and every other
	// word is a stop word.
	greeting bool
	// paragraph is the paragraph a question points at (see
	// paragraphAsked), whose words are not among words.
	paragraph int
	// sideBySide is set on a reading that sets two of the report's
	// figures side by side (see Engine.sideBySide), and pair is then the
	// entry that gives both, plus one.
	sideBySide bool
	pair       int
	// framingOnly is set when the words only frame a question ("how does
	// the article frame this"): its terms are then the framing's own
	// words, read because nothing else is asked (framedtail.go). Of the
	// question after a premise read alone, it says that question only
	// frames the premise (missesAsked).
	framingOnly bool
}

// analyze returns the terms of text. With correct, words unknown to the pack
// are corrected to the nearest known word when one is near enough.
func (a *analyzer) analyze(text string, correct bool) analysis {
	if correct || a.typos != nil {
		return a.analyzeWords(sentenceWords(text), correct)
	}
	if an, ok := a.memo[text]; ok {
		return an
	}
	if a.parent != nil {
		if an, ok := a.parent.memo[text]; ok {
			return an
		}
	}
	an := a.analyzeWords(sentenceWords(text), false)
	if !a.built {
		a.memo[text] = an
	}
	return an
}

// analyzeWords is analyze for text already split by words.
func (a *analyzer) analyzeWords(ws []string, correct bool) analysis {
	paragraph := 0
	if correct {
		if p, rest := paragraphAsked(ws, a.leads); p != 0 && asksAboutParagraph(rest) {
			// (a word asking the gist, "summarise", says only that)
			rest = slices.DeleteFunc(slices.Clone(rest), func(w string) bool { return gistWords[w] || summing[w] })
			paragraph, ws = p, append(rest, sayTerm) // paragraphwhole.go
		} else if p != 0 && slices.ContainsFunc(rest, func(w string) bool { return !stopWords[w] }) {
			paragraph, ws = p, rest
		}
	}
	hello, other := false, false
	for i, w := range ws {
		if c := classOf(w); c.is(greetingClass) || i == 0 && w == "gm" {
			// "gm" hails only opening the message; inside it is the
			// carmaker ("did GM build them?"), so it is no greeting word
			hello = true
		} else if !c.is(stopClass) && !greetsWith(ws, i) {
			other = true
		}
	}
	// "how" before a word the pack does not know ("how cold") asks a
	// degree; told before repair corrects the word, and found again after
	// it by its count of "how"s, as repair may split words before it
	degree, hows := -1, 0
	spelled := ""
	if correct {
		for i := 0; i+1 < len(ws); i++ {
			if ws[i] == "how" && !stopWords[ws[i+1]] && !a.isKnown(ws[i+1]) && !isDigit(ws[i+1][0]) {
				degree = hows
			}
			if ws[i] == "how" {
				hows++
			}
		}
	}
	if correct && a.typos != nil {
		ws = a.repair(ws)
	}
	if correct {
		ws = a.dropForeign(ws) // "el", "ist" among English words
	}
	if correct {
		ws = translationAsked(ws, a.usage.languages) // "what does Kursk mean in Russian?"
		spelled = standsForWord(ws)                  // "what does RBC stand for?" (standsfor.go)
		if out, ok := meaningAsked(ws); ok {
			ws = out // "what does POW stand for?" asks what POW is
		}
		ws = a.joinParticles(ws)   // "take the captives in"
		ws = a.possessiveSlots(ws) // "in Kyiv's corner"
	}
	if degree >= 0 {
		degree = nthIndex(ws, "how", degree)
	}
	res := analysis{words: ws, paragraph: paragraph, spelled: spelled}
	var stemsArray [32]string // on the stack, for most texts
	stems := stemsArray[:0]
	for _, w := range ws {
		stems = append(stems, a.stem(w))
	}
	res.greeting = hello && !other
	if skip := a.countInWhich(ws); correct && skip >= 0 {
		res.terms, res.unknown = a.readTermsPast(ws, stems, skip, correct, true) // "which three parties" (whichcount.go)
	} else {
		res.terms, res.unknown = a.readTerms(ws, stems, correct, true)
	}
	res.terms = a.dropRelative(ws, res.terms)
	if correct {
		res.terms = dropReportSubject(ws, res.terms)
		res.terms = dropAskersPeople(ws, res.terms) // "my boss forwarded me this"
		res.terms = a.dropStoryTopic(ws, res.terms) // "the North Korean POW story"
	}
	for i, t := range res.terms {
		if t.pos == degree && t.text == howTerm {
			// it asks how much of something the pack does not measure
			// ("How cold is it in Kursk?"), not by what means
			res.terms[i].text, res.terms[i].kind = measureTerm, KindQuestion
		}
	}
	res.terms = ownership(ws, res.terms)
	res.terms = whenClause(ws, res.terms)
	res.terms = setAsideKeys(ws, res.terms)
	if correct {
		// a question about "Minister Cho" is about Cho; the pack's own
		// texts keep the title, which says what Cho is
		res.terms = titles(res.terms)
		res.terms = setAsideDeed(ws, res.terms)               // "besides taking the POWs"
		res.terms = setAsideThing(ws, res.terms, res.unknown) // "tanks too, besides the missile stuff"
		res.terms = a.partOfGroup(ws, res.terms)              // "which part of the army" asks who
	}
	if len(res.terms) == 0 {
		// Framing alone ("what does the article say?") asks about the
		// report as a whole.
		res.terms, res.unknown = a.readTerms(ws, stems, correct, false)
		res.framingOnly = len(res.terms) > 0
	}
	return res
}

// nthIndex returns the index of the n-th (from 0) w in ws, or -1.
func nthIndex(ws []string, w string, n int) int {
	for i, x := range ws {
		if x == w {
			if n == 0 {
				return i
			}
			n--
		}
	}
	return -1
}

// asks reports whether the question asks about something: nothing but
// "who" or "when" has no topic to answer about ("What's your name?").
func (an analysis) asks() bool {
	// "how", a word for the means ("by what means"), asks nothing alone
	// either: "how so?"
	return slices.ContainsFunc(an.terms, func(t term) bool { return t.kind != KindQuestion && t.text != howTerm })
}

// hasTerm reports whether the question an reads the term k.
func (an analysis) hasTerm(k string) bool {
	return slices.ContainsFunc(an.terms, func(t term) bool { return t.text == k })
}
