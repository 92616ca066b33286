package knowledge

import (
	"slices"
	"sync"
)

// DefaultThreshold is the confidence below which the engine declines.
const DefaultThreshold = 0.6

// Engine answers questions from a pack. It is safe for concurrent use.
type Engine struct {
	pack      *Pack
	an        *analyzer
	threshold float64
	// guards are the guards candidates are checked with: the package's
	// table, unless a test takes one out.
	guards []*guard
	// noSentences turns off the sentences (see WithoutSentences).
	noSentences bool

	entries []indexedEntry
	docs    []doc
	idf     map[string]float64
	maxIDF  float64
	// postings: term → entries whose bag holds it, and → phrasing docs.
	bagPost map[string][]posting
	docPost map[string][]int32
	// ranked is what rank reads of each term, at one lookup (see weigh).
	ranked map[string]rankedTerm
	byID   map[string]int
	// stated maps an act to who does it, as any entry's answer says (see
	// query.describes).
	stated relation
	// owners maps a word to whose any entry says it is (see whoseGuard):
	// the pack's POWs are all North Korea's.
	owners relation
	// exact maps a curated phrasing, as words, to its entry: asked word for
	// word, it is answered without ranking.
	exact map[string]int
	// vocab lists the pack's words, for completing a word as it is typed.
	vocab []string
	// printed are the words the report's paragraphs print, lower case:
	// an office it never names is no source of it (claimyes.go), nor a
	// time it never names told (datekept.go).
	printed map[string]bool
	// sentences answers from the report's own sentences what no entry
	// answers (see fallback.go); nil if turned off.
	sentences *Engine
	scratch   sync.Pool
	queries   sync.Pool // of *query, see newQuery
	traces    sync.Pool // of quiet *trace, see quietTrace
	// memo remembers the answers to messages that open a conversation,
	// unless noMemo.
	memo   memo
	noMemo bool

	// conversations: what class each name is of, and every referent of
	// the pack, to offer when asking back (see followup.go); small talk
	// by its phrases (see smalltalk.go).
	referentInfo map[string]referent
	classes      map[string]string // the class of each name, referent or not (see factname.go)
	packRefs     []referent
	talk         talkIndex
	figures      map[string]int
	latinWords   map[string]bool
	latinSieve   *wordSieve // latinWords' (wordfilter.go), for foreignWord
	// frame reads a question put about the report itself (see
	// reportframe.go); nil if the pack lists none.
	frame *reportFrame
	// answerRefs are what each entry's answer names, read once; facts
	// what else the follow-ups read of it (see answerfacts.go); saidByName
	// the entries each name is cited saying.
	answerRefs [][]referent
	facts      []answerFacts
	saidByName map[string][]int
	// reversals are the terms each opposite reverses (see reversalsOf).
	reversals map[string][]string
	// retreatWords and retreatPhrases turn back what a claim says (see
	// turnsBack).
	retreatWords   map[string]bool
	retreatPhrases []string
	// sayWords are the pack's one-word ways of saying (see saywords.go).
	sayWords map[string]bool
	// codes are the pack's code names, "kn23" (see claimcode.go).
	codes []string
	// properties are the terms of what the pack asks the degree of,
	// accuracy (see claimproperty.go).
	properties map[string]bool
	// mentionVerbs, anythingWords and anythingFrame are built from the
	// pack's report frame and "say" term (paragraphof.go, anythingfrom.go).
	mentionVerbs, anythingWords, anythingFrame map[string]bool
	// hedgeWords are the pack's one-word hedges (see hedgedentry.go).
	hedgeWords map[string]bool
	// answerReads are the entries' answers as confirms reads them (see
	// answerreads.go).
	answerReads []answerRead
	// source is the entry that cites the report's attribution line
	// (paragraph 0), its original source, or -1.
	source int
}

// Option configures an Engine.
type Option func(*Engine)

// WithoutSentences turns off answering from the report's own sentences
// when no curated entry answers (see fallback.go).
func WithoutSentences() Option {
	return func(e *Engine) { e.noSentences = true }
}

// WithoutMemo makes the engine work out every answer, remembering none
// (see memo.go): for measuring the work an answer takes.
func WithoutMemo() Option {
	return func(e *Engine) { e.noMemo = true }
}

// WithThreshold sets the confidence (0 to 1) below which the engine declines.
func WithThreshold(t float64) Option {
	return func(e *Engine) { e.threshold = t }
}

// NewEngine indexes a loaded pack.
func NewEngine(p *Pack, opts ...Option) *Engine {
	e := &Engine{
		pack:      p,
		an:        p.analyzer().derive(),
		threshold: DefaultThreshold,
		guards:    guards,
	}
	for _, o := range opts {
		o(e)
	}
	// The corrections are indexed beside the entries, from the pack's
	// words: all were read at load, so reading the entries adds none (were
	// any added, they are indexed again).
	e.an.indexTyposWhile(func() {
		e.index()
		if !e.noSentences {
			e.sentences = e.newSentenceEngine()
		}
	})
	e.an.memo = nil // built; questions are not memoized
	e.vocab = completionVocab(e.an.known)
	e.printed = map[string]bool{}
	for _, para := range p.Paragraphs {
		for _, w := range sentenceWords(para) {
			e.printed[w] = true
		}
	}
	e.weigh()
	e.scratch.New = newScratch(len(e.entries), len(e.docs))
	e.queries.New = func() any { return new(query) }
	e.traces.New = newTrace
	e.referentInfo, e.packRefs = referentsOf(p)
	e.classes = classesOf(p)
	e.talk = newTalkIndex(p.Talk.SmallTalk)
	e.figures = figuresOf(p, e.an)
	e.latinWords = latinWordsOf(p.Talk.Languages)
	e.latinSieve = sieveOf(e.latinWords)
	e.an.foreign, e.an.foreignSieve = e.latinWords, e.latinSieve
	frameForms := frameVerbForms(p.Frame)
	e.frame = newReportFrame(p.Frame, frameForms)
	e.answerRefs = make([][]referent, len(p.Entries))
	for i, en := range p.Entries {
		e.answerRefs[i] = e.referentsIn(e.an.analyze(en.Answer, false), 0, i+1)
	}
	e.facts = answerFactsOf(p, e.an)
	e.saidByName = saidByOf(p, e.an, e.byID)
	e.reversals = reversalsOf(p.Synonyms, e.an)
	e.retreatWords, e.retreatPhrases = retreatsOf(p.Claims)
	e.sayWords = sayWordsOf(p)
	e.codes = codesOf(e.an.kinds)
	e.properties = propertiesOf(p.Synonyms, e.an)
	e.mentionVerbs = mentionVerbsOf(frameForms)
	e.anythingWords, e.anythingFrame = anythingWordsOf(p.Frame, frameForms, e.sayWords)
	e.an.storyWords = storyWordsOf(p.Frame)
	e.hedgeWords = hedgeWordsOf(p)
	e.answerReads = answerReadsOf(p, e.an, e.hedgeWords)
	e.source = slices.IndexFunc(p.Entries, func(en Entry) bool { return len(en.Citations) > 0 && en.Citations[0].Paragraph == 0 })
	return e
}

// Pack returns the pack the engine answers from.
func (e *Engine) Pack() *Pack { return e.pack }

// Threshold returns the confidence below which the engine declines.
func (e *Engine) Threshold() float64 { return e.threshold }
