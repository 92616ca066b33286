package knowledge

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
)

// MaxQuestionRunes is the longest question the engine reads. Longer input is
// declined with a message saying so, never analysed in part.
const MaxQuestionRunes = 1000

// DefaultThreshold is the confidence below which the engine declines.
const DefaultThreshold = 0.6

// minCoverage is the share of a question's meaning (weighted by how rare
// each term is in the pack) that the best entry must cover.
const minCoverage = 0.7

// phrasingWeight is how much a term counts that an entry's question and
// answer lack but one of its other phrasings has: such a word is one way of
// asking, not what the entry is about ("time" in "is it the first time").
const phrasingWeight = 0.6

// quoteWeight is how much a term counts that only the entry's citations
// have: the report's own words around the fact, evidence of what the entry
// is about, but not all of it the point.
const quoteWeight = 0.5

// coverageShare is the part of an entry's score that comes from how much of
// the question the entry covers as a whole; the rest comes from its closest
// phrasing (cosine over idf-weighted terms), which ranks best alone.
const coverageShare = 0.3

// maxAbsentKnown is the largest share of a question's meaning that may be
// words the pack knows but the best entry lacks. Such a word says the
// question is about something else the report covers ("how many were
// captured" is not "how many were sent").
const maxAbsentKnown = 0.3

// unknownWeight scales the weight of a word the pack has never seen, next to
// the rarest word it has: such words usually name what the report does not
// cover ("tanks", "president"), but some are filler.
const unknownWeight = 0.7

// Outcome says what kind of result an Answer is.
type Outcome string

const (
	Answered Outcome = "answered" // the pack answers the question
	Declined Outcome = "declined" // the report does not say
	Greeting Outcome = "greeting" // a greeting or a call for help
	Invalid  Outcome = "invalid"  // empty, too long, or no words at all
)

// Answer is the engine's reply to one question.
type Answer struct {
	Question string `json:"question"`
	// Answered is true only when the pack answers the question.
	Answered   bool       `json:"answered"`
	Outcome    Outcome    `json:"outcome"`
	Text       string     `json:"answer"`
	Confidence float64    `json:"confidence"`
	Citations  []Citation `json:"citations"`
	Source     string     `json:"source"`
	AsOf       string     `json:"as_of,omitempty"`
	// Related are questions the pack answers, to ask next (or instead),
	// and RelatedIDs their entries, in the same order.
	Related    []string `json:"related"`
	RelatedIDs []string `json:"related_ids"`
	EntryID    string   `json:"id,omitempty"`
	Topic      string   `json:"topic,omitempty"`
}

// Engine answers questions from a pack. It is safe for concurrent use.
type Engine struct {
	pack      *Pack
	an        *analyzer
	threshold float64

	entries []indexedEntry
	docs    []doc
	idf     map[string]float64
	maxIDF  float64
	// postings: term → entries whose bag holds it, and → phrasing docs.
	bagPost map[string][]int32
	docPost map[string][]int32
	byID    map[string]int
	// exact maps a curated phrasing, as words, to its entry: asked word for
	// word, it is answered without ranking.
	exact map[string]int
	// vocab lists the pack's words, for completing a word as it is typed.
	vocab   []string
	scratch sync.Pool
}

type indexedEntry struct {
	// bag holds every term of the entry, weighted by where it stands: 1
	// in its core (question and answer), phrasingWeight in its other
	// phrasings only, quoteWeight in its citations only.
	bag map[string]float64
	// about holds the terms of its question, answer and citations, and
	// the keywords that are a phrasing alone ("summary"): what the entry
	// is about, where its other phrasings are ways of asking.
	about map[string]bool
	// mods maps a term to the entities written right before it ("north
	// korean soldiers"), so "Russian soldiers" is not taken for them.
	mods relation
	// facts holds, for each citation, the key words and numbers of its
	// quote: the measures and dates the report gives together.
	facts [][]string
	// asOf holds the numbers of the date its facts hold for ("early
	// February 2025"): a year the quote leaves out is still the fact's.
	asOf []string
	// actors are the names its question, answer and phrasings speak of as
	// doers (see actors), and doers who does each act its answer states.
	actors map[string]bool
	doers  relation
	// places are the names its answer puts someone in or sends them to.
	places []string
	// identities are the names and roles its ways of asking ask "who is"
	// of.
	identities map[string]bool
	// of maps a role to what its texts say it is of (see roleObjects).
	of relation
	// objects maps a word to the names its answer says it is done to or
	// for (see objects).
	objects relation
	// between maps a word to the names its texts say it is between (see
	// parties).
	between relation
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

type doc struct {
	entry int32
	terms []string
	norm  float64
}

// Option configures an Engine.
type Option func(*Engine)

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
		bagPost:   map[string][]int32{},
		byID:      make(map[string]int, len(p.Entries)),
		exact:     p.asked, // read-only, shared by the engines of one pack
	}
	for _, o := range opts {
		o(e)
	}
	if e.exact == nil {
		e.exact = make(map[string]int, 16*len(p.Entries))
	}

	// The corrections are indexed beside the entries, from the pack's
	// words: all were read at load, so reading the entries adds none (were
	// any added, they are indexed again below).
	typos := make(chan *typoIndex, 1)
	go func() { typos <- e.an.typoIndex(nil) }()

	// One pass over each text to index its terms.
	e.entries = make([]indexedEntry, len(p.Entries))
	for i, en := range p.Entries {
		e.byID[en.ID] = i
		texts := en.appendTexts(nil)
		// an entry has about as many terms as texts
		ie := indexedEntry{bag: make(map[string]float64, len(texts)+8), about: make(map[string]bool, len(texts)+8),
			mods: relation{}, actors: map[string]bool{}, doers: relation{}, identities: map[string]bool{}, of: relation{}, objects: relation{}, between: relation{}}
		for _, w := range words(en.AsOf) {
			if isNumber(w) {
				ie.asOf = append(ie.asOf, w)
			}
		}
		for j, text := range texts {
			isQuote := j >= 2+len(en.Phrasings)
			an := e.an.analyze(text, false)
			if j != 1 && !isQuote {
				if p.asked == nil { // a pack not made by Load
					e.exact[strings.Join(an.words, " ")] = i
				}
				if x, ok := identity(an.words, an.terms); ok {
					ie.identities[x] = true
				}
			}
			for _, t := range an.terms {
				if (j == 1 || isQuote) && t.kind == KindQuestion {
					// "it gives no number" does not answer "how many"
					continue
				}
				w := phrasingWeight
				switch {
				case j < 2:
					w = 1
				case isQuote:
					w = quoteWeight
				}
				ie.bag[t.text] = max(ie.bag[t.text], w)
				if w != phrasingWeight {
					ie.about[t.text] = true
				}
			}
			if isQuote {
				ie.facts = append(ie.facts, keyTerms(an.terms))
			} else {
				acts := actors(an.words, an.terms)
				for _, t := range acts {
					ie.actors[t.text] = true
				}
				// Only the answer states who does what; a way of asking
				// ("Are they trained by Russia?") does not.
				var ds []deed
				if j == 1 {
					for _, o := range objects(an.words, an.terms, false) {
						ie.objects.add(o[0], o[1])
					}
					ds = deeds(an.words, an.terms, doers(an.words, an.terms))
					ie.places = placesAfter(an.words, an.terms, into)
				}
				for _, d := range ds {
					ie.doers.add(d.act, d.doer)
					if f := e.an.actsFor[d.doer]; f != "" {
						// What Cho does, South Korea does; but an entry must
						// name South Korea itself to be about its doings.
						ie.doers.add(d.act, f)
					}
				}
			}
			if !isQuote {
				for _, ro := range roleObjects(an.words, an.terms) {
					ie.of.add(ro[0], ro[1])
				}
				for _, p := range parties(an.words, an.terms) {
					ie.between.add(p[0], p[1])
				}
			}
			for _, c := range compounds(an.terms, an.words) {
				ie.mods.add(c[1], c[0])
				if f := e.an.actsFor[c[0]]; f != "" && e.an.kinds[c[1]] == KindAct {
					ie.mods.add(c[1], f) // the JCS say: South Korea says
				}
			}
			if j == 1 || isQuote {
				continue // answers and quotes add meaning, but are not ways to ask
			}
			// room for the bigrams too
			if ts := appendUnique(make([]string, 0, 2*len(an.terms)), an.terms); len(ts) > 0 {
				if len(ts) == 1 {
					ie.about[ts[0]] = true // a keyword for the entry: "summary"
				}
				e.docs = append(e.docs, doc{entry: int32(i), terms: appendBigrams(ts, an.terms)})
			}
		}
		e.entries[i] = ie
		for t := range ie.bag {
			e.bagPost[t] = append(e.bagPost[t], int32(i))
		}
	}
	e.an.typos = <-typos
	if len(e.an.stems) > 0 {
		e.an.finish()
	}
	e.an.memo = nil // built; questions are not memoized
	// In the map's order: completeWord breaks ties itself.
	e.vocab = make([]string, 0, len(e.an.known))
	for w := range e.an.known {
		if len(w) >= 3 && !isNumber(w) {
			e.vocab = append(e.vocab, w)
		}
	}

	n := float64(len(e.entries))
	e.idf = make(map[string]float64, len(e.bagPost))
	for t, post := range e.bagPost {
		e.idf[t] = idf(n, float64(len(post)))
	}
	e.maxIDF = idf(n, 0)
	// Each term's weight is found once; a term and its bigrams are about
	// four times as many as the entries' terms.
	ws := make(map[string]float64, 4*len(e.idf))
	e.docPost = make(map[string][]int32, 4*len(e.idf))
	for d := range e.docs {
		var sum float64
		for _, t := range e.docs[d].terms {
			w, ok := ws[t]
			if !ok {
				w = e.weight(t, nil)
				ws[t] = w
			}
			sum += w * w
			e.docPost[t] = append(e.docPost[t], int32(d))
		}
		e.docs[d].norm = math.Sqrt(sum)
	}
	nEntries, nDocs := len(e.entries), len(e.docs)
	e.scratch.New = func() any {
		return &scratch{
			cov: make([]float64, nEntries), present: make([]float64, nEntries),
			cos: make([]float64, nEntries), dots: make([]float64, nDocs),
		}
	}
	return e
}

// idf is BM25's inverse document frequency, over entries.
func idf(n, df float64) float64 {
	return math.Log(1 + (n-df+0.5)/(df+0.5))
}

// compounds lists the (entity, term) pairs where the entity says whose the
// term is: "Russian soldiers", "North Korea's foreign minister", "Russian
// intelligence", "Ukraine foreign minister". A subject ("Russians
// monitoring", "the JCS expect") or a distant entity ("Moscow in the war")
// is not.
func compounds(ts []term, ws []string) [][2]string {
	var out [][2]string
	for i, a := range ts {
		if a.kind != KindEntity {
			continue
		}
		if i > 0 && ts[i-1].kind == KindRole && ts[i-1].end == a.pos-1 && doAux[ws[a.pos-1]] && a.end < len(ws) && owns[ws[a.end]] {
			// "how many troops does Ukraine have": Ukraine's troops
			out = append(out, [2]string{a.text, ts[i-1].text})
		}
		// A list of names, or of alternatives ("the United States and
		// South Korea say", "Russian or Ukrainian control"): the word after
		// the last is each one's.
		k := i
		for k+1 < len(ts) && listedAfter(ws, ts[k].end, ts[k+1]) {
			k++
		}
		if k+1 >= len(ts) {
			continue
		}
		last, b := ts[k], ts[k+1]
		if last.modifies != b.pos || b.kind == KindQuestion {
			continue
		}
		if !last.qualifier && places[before(ws, a.pos)] {
			continue // "the JCS in Seoul caution": a place, not whose caution
		}
		if before(ws, a.pos) == "by" && b.kind == KindRole {
			continue // "captured by Ukrainian forces": the agent, Ukraine
		}
		if last.person && !last.qualifier && b.kind == KindRole {
			// "Kyrylo Budanov, head of ...", "which body does Budanov
			// head": who he is, or a verb, never a head of his
			continue
		}
		if last.qualifier || b.kind == KindRole || b.kind == KindAct {
			out = append(out, [2]string{a.text, b.text})
		}
	}
	return out
}

// owns are the verbs by which a name has a role before it ("how many
// troops does Ukraine have").
var owns = setOf("have", "has", "had")

// bigramSep joins the two terms of a bigram.
const bigramSep = "\x00"

// bigramWeight scales a bigram's weight, the mean of its two terms'.
const bigramWeight = 0.3

// bigrams lists the pairs of terms next to each other, stop words aside.
func bigrams(ts []term) []string {
	return appendBigrams(nil, ts)
}

// appendBigrams appends the bigrams of ts to out. They are cut from one
// string, to allocate once per text rather than once per pair: indexing
// makes a few thousand.
func appendBigrams(out []string, ts []term) []string {
	if len(ts) < 2 {
		return out
	}
	var b strings.Builder
	n := 0
	for i := 0; i+1 < len(ts); i++ {
		n += len(ts[i].text) + len(bigramSep) + len(ts[i+1].text)
	}
	b.Grow(n)
	for i := 0; i+1 < len(ts); i++ {
		b.WriteString(ts[i].text)
		b.WriteString(bigramSep)
		b.WriteString(ts[i+1].text)
	}
	all, from := b.String(), len(out)
	for i := 0; i+1 < len(ts); i++ {
		n := len(ts[i].text) + len(bigramSep) + len(ts[i+1].text)
		if bg := all[:n]; !slices.Contains(out[from:], bg) {
			out = append(out, bg)
		}
		all = all[n:]
	}
	return out
}

func uniqueTerms(ts []term) []string {
	return appendUnique(make([]string, 0, len(ts)), ts)
}

// appendUnique appends to out the texts of ts, each once.
func appendUnique(out []string, ts []term) []string {
	from := len(out)
	for _, t := range ts {
		// a linear scan: a text has a handful of terms, too few for a map
		if !slices.Contains(out[from:], t.text) {
			out = append(out, t.text)
		}
	}
	return out
}

// Pack returns the pack the engine answers from.
func (e *Engine) Pack() *Pack { return e.pack }

// Threshold returns the confidence below which the engine declines.
func (e *Engine) Threshold() float64 { return e.threshold }

// scratch holds one question's sums, dense by entry and by doc, so ranking
// allocates no maps; only what a question touched is reset.
type scratch struct {
	cov, present, cos []float64 // by entry
	dots              []float64 // by doc
	touched           []int32
	touchedDocs       []int32
}

func (s *scratch) reset() {
	for _, en := range s.touched {
		s.cov[en], s.present[en], s.cos[en] = 0, 0, 0
	}
	for _, d := range s.touchedDocs {
		s.dots[d] = 0
	}
	s.touched, s.touchedDocs = s.touched[:0], s.touchedDocs[:0]
}

// candidate is an entry's match for one question.
type candidate struct {
	entry    int
	cov, cos float64
	// absent is the share of the question's weight in words the pack
	// knows but this entry lacks.
	absent float64
	score  float64
}

// Answer answers one question. A question the report does not answer is a
// normal result (Answered false, with related questions), not an error.
func (e *Engine) Answer(question string) Answer {
	a := e.newAnswer(question)
	if utf8.RuneCountInString(question) > MaxQuestionRunes {
		a.Outcome = Invalid
		a.Text = fmt.Sprintf("That is too long for a question: please ask in fewer than %d characters.", MaxQuestionRunes)
		e.relate(&a, e.starters(3))
		return a
	}
	ws := sentenceWords(question)
	if en, ok := e.exact[strings.Join(ws, " ")]; ok {
		return e.answerWith(a, en, 1)
	}
	an := e.an.analyzeWords(ws, true)
	if an.greeting {
		a.Outcome = Greeting
		a.Text = "Hi! I answer questions about one news report: " + e.pack.Title + ". Every answer cites the report's own words. Try one of these:"
		e.relate(&a, e.starters(3))
		return a
	}
	q := uniqueTerms(an.terms)
	if !an.asks() {
		a.Outcome = Invalid
		a.Text = "I could not find a question in that. Ask me about the report, for example:"
		e.relate(&a, e.starters(3))
		return a
	}
	cands := e.rank(q, an, 3)
	whole, proper := e.readings(question)
	if whole {
		if c, ok := e.first(cands, an); ok {
			return e.answerWith(a, c.entry, c.score)
		}
	}
	for _, at := range again(an, whole, proper) {
		if c, ok := e.first(e.rank(uniqueTerms(at.terms), at, 3), at); ok {
			return e.answerWith(a, c.entry, c.score)
		}
	}
	a.Outcome = Declined
	a.Text = "The report doesn't say. I can answer questions like these:"
	e.relate(&a, e.suggestionsFor(cands, 3))
	if len(cands) > 0 {
		a.Confidence = round2(min(cands[0].score, e.threshold-0.01))
	}
	return a
}

// readings says whether to answer a question as it stands, and returns
// the question after its premise, if it has one, read alone, its pronouns
// as the premise's names. That question decides when it asks what the
// pack does not know ("Budanov is the spy chief, what is his salary?"):
// then the question is not answered as it stands, nor again in parts,
// however well its premise matches; and the premise alone is never the
// question ("The troops are in Kursk, but are any in Crimea?").
func (e *Engine) readings(question string) (whole bool, proper analysis) {
	if premise, tail, ok := afterPremise(question); ok {
		ws := sentenceWords(tail)
		if slices.ContainsFunc(ws, func(w string) bool { return pronouns[w] }) {
			ws = resolve(ws, e.an.analyzeWords(sentenceWords(premise), true))
		}
		proper = e.an.analyzeWords(ws, true)
	}
	return len(proper.unknown) == 0 || !proper.asks(), proper
}

// again lists, in turn, how to ask a question an not answered as it
// stands: as retries does, if whole, then the question after its premise.
func again(an analysis, whole bool, proper analysis) []analysis {
	var out []analysis
	if whole {
		out = an.retries()
	}
	if proper.enough() {
		out = append(out, proper)
	}
	return out
}

// newAnswer is an empty answer to question: its lists are empty, not nil,
// so that JSON shows [] rather than null.
func (e *Engine) newAnswer(question string) Answer {
	return Answer{Question: question, Source: e.pack.Source, Citations: []Citation{}, Related: []string{}, RelatedIDs: []string{}}
}

func (e *Engine) answerWith(a Answer, entry int, confidence float64) Answer {
	en := e.pack.Entries[entry]
	a.Answered, a.Outcome = true, Answered
	a.Text = en.Answer
	a.Confidence = round2(min(confidence, 1))
	a.Citations = append(a.Citations, en.Citations...)
	a.AsOf = en.AsOf
	a.EntryID, a.Topic = en.ID, en.Topic
	related := make([]int, len(en.Related))
	for i, r := range en.Related {
		related[i] = e.byID[r]
	}
	e.relate(&a, related)
	return a
}

func (e *Engine) weight(t string, unknown map[string]bool) float64 {
	if a, b, ok := strings.Cut(t, bigramSep); ok {
		return bigramWeight * (e.weight(a, unknown) + e.weight(b, unknown)) / 2
	}
	if unknown[t] {
		return unknownWeight * e.maxIDF
	}
	if w, ok := e.idf[t]; ok {
		return w
	}
	return e.maxIDF // a word of the report that no entry speaks of
}

// rank scores the entries that share a term with the question and returns
// the best k, best first.
func (e *Engine) rank(q []string, an analysis, k int) []candidate {
	unknown := map[string]bool{}
	for _, u := range an.unknown {
		unknown[u] = true
	}
	var total, qnorm float64
	ws := make([]float64, len(q))
	for i, t := range q {
		ws[i] = e.weight(t, unknown)
		total += ws[i]
		qnorm += ws[i] * ws[i]
	}
	qnorm = math.Sqrt(qnorm)

	sc := e.scratch.Get().(*scratch)
	defer e.scratch.Put(sc)
	var knownTotal float64
	for i, t := range q {
		known := !unknown[t]
		if known {
			knownTotal += ws[i]
		}
		for _, en := range e.bagPost[t] {
			if sc.cov[en] == 0 && sc.present[en] == 0 {
				sc.touched = append(sc.touched, en)
			}
			sc.cov[en] += ws[i] * e.entries[en].bag[t]
			if known {
				sc.present[en] += ws[i]
			}
		}
		for _, d := range e.docPost[t] {
			if sc.dots[d] == 0 {
				sc.touchedDocs = append(sc.touchedDocs, d)
			}
			sc.dots[d] += ws[i] * ws[i]
		}
	}
	// Two terms in the order of a phrasing ("first war") match it more
	// closely than the same terms apart.
	for _, bg := range bigrams(an.terms) {
		w := e.weight(bg, unknown)
		qnorm = math.Sqrt(qnorm*qnorm + w*w)
		for _, d := range e.docPost[bg] {
			if sc.dots[d] == 0 {
				sc.touchedDocs = append(sc.touchedDocs, d)
			}
			sc.dots[d] += w * w
		}
	}
	for _, d := range sc.touchedDocs {
		c := sc.dots[d] / (qnorm * e.docs[d].norm)
		en := e.docs[d].entry
		sc.cos[en] = max(sc.cos[en], c)
	}
	// Keep the best k, in order, by insertion: k is small, the touched
	// entries may be thousands, and a full sort would cost more than the
	// scoring.
	cands := make([]candidate, 0, k+1)
	for _, en := range sc.touched {
		cd := candidate{entry: int(en), cov: sc.cov[en] / total, cos: sc.cos[en], absent: (knownTotal - sc.present[en]) / total}
		cd.score = coverageShare*cd.cov + (1-coverageShare)*cd.cos
		if len(cands) == k && !better(cd, cands[k-1]) {
			continue
		}
		j := len(cands)
		if j < k {
			cands = append(cands, cd)
		} else {
			j = k - 1
		}
		for ; j > 0 && better(cd, cands[j-1]); j-- {
			cands[j] = cands[j-1]
		}
		cands[j] = cd
	}
	sc.reset()
	return cands
}

// better orders candidates: higher score first, then pack order, so that
// equal scores rank the same on every run.
func better(a, b candidate) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	return a.entry < b.entry
}

// first returns the best candidate that passes every check: a guard that
// turns down the first may leave a right second ("spy chief say").
func (e *Engine) first(cands []candidate, an analysis) (candidate, bool) {
	for _, c := range cands {
		if e.reject(c, an) == "" {
			return c, true
		}
	}
	return candidate{}, false
}

// reject says why a candidate does not answer the question, or "".
func (e *Engine) reject(c candidate, an analysis) string {
	if c.score < e.threshold {
		return fmt.Sprintf("score below %.2f", e.threshold)
	}
	// Either the entry as a whole covers the question, or one way of asking
	// it matches the question closely (a keyword phrasing such as "summary").
	if max(c.cov, c.cos) < minCoverage {
		return fmt.Sprintf("covers under %.2f of the question", minCoverage)
	}
	if c.absent > maxAbsentKnown {
		return fmt.Sprintf("lacks %.2f of the question's known words", c.absent)
	}
	ie := e.entries[c.entry]
	content := func(t term) bool { return t.kind != KindQuestion && t.kind != KindFrame && t.kind != KindAct }
	if slices.ContainsFunc(an.terms, content) && !slices.ContainsFunc(an.terms, func(t term) bool { return content(t) && ie.about[t.text] }) {
		// "What time is it?" shares only "time" with "Is it the first
		// time North Korea joins a war?", a way of asking about the 1950s
		return "entry is about none of the question's terms"
	}
	named := func(t string) bool { return ie.bag[t] >= phrasingWeight }
	for i, t := range an.terms {
		// A question naming an entity, a role, a number or a kind of
		// answer (how many, when, who ...) is about that: a neighbour is
		// not an answer.
		// The entry must say so itself (question, answer or phrasings): its
		// quotes name bystanders ("Kyiv and its allies ... South Korea").
		if (t.kind == KindEntity || t.kind == KindKey || t.kind == KindQuestion || t.kind == KindRole || isNumber(t.text)) && !named(t.text) && !eitherNamed(an.terms, t, named) {
			if t.kind == KindQuestion && ie.answersWho(an, i, named) {
				continue
			}
			return "entry does not speak of " + t.text
		}
	}
	if w, ok := counted(an.terms); ok && !named(w) {
		// "What casualty figure was reported for Russian forces?" is not
		// answered by how many troops North Korea sent to bolster them.
		return "entry counts no " + w
	}
	for i, t := range an.terms {
		// "How many Ukrainians ...?" counts Ukrainians: an entry that
		// counts North Korean soldiers, and names Ukraine as their
		// reporter, is no answer.
		if t.people && i > 0 && an.terms[i-1].kind == KindQuestion && an.terms[i-1].end == t.pos && !ie.qualifies(t.text) {
			return "entry counts no " + t.text + " people"
		}
	}
	keys := slices.DeleteFunc(keyTerms(an.terms), func(k string) bool { return slices.Contains(ie.asOf, k) })
	if len(keys) > 1 && !slices.ContainsFunc(ie.facts, func(f []string) bool { return containsAll(f, keys) }) {
		// "How many were injured in February?": the entry gives a toll of
		// killed or injured as of January and one of deaths by February.
		return "no one sentence it cites has " + strings.Join(keys, " with ")
	}
	acts := func(t string) bool { return ie.actors[t] }
	subj := subjects(an.words, an.terms)
	for _, t := range subj {
		// "What did Pyongyang say about the proposal?" is not answered by
		// an entry where North Korea does nothing. Its soldiers may act
		// where the entry does not say who acts ("Can North Korean
		// soldiers settle in South Korea?").
		if !t.forces && !acts(t.text) && !eitherNamed(an.terms, t, acts) {
			return "entry does not speak of " + t.text + " doing anything"
		}
	}
	for _, d := range deeds(an.words, an.terms, subj) {
		// "Has South Korea sent troops?" is not answered by an entry where
		// North Korea sends them and South Korea reports it.
		doers := ie.doers[d.act]
		does := func(t string) bool { return doers[t] }
		if len(doers) == 0 && e.an.kinds[d.act] == KindWord && !named(d.act) && !d.forces {
			// nor by one that does not speak of sending at all ("Is North
			// Korea sending weapons?" by one where it gains experience)
			return "entry does not speak of anyone doing " + d.act
		}
		if i := slices.IndexFunc(an.terms, func(t term) bool { return t.text == d.doer }); len(doers) > 0 && !doers[d.doer] && !eitherNamed(an.terms, an.terms[i], does) &&
			!slices.ContainsFunc(listMates(an.words, an.terms, i), does) { // "do South Korea and Ukraine focus on": together
			return "entry says another does " + d.act + ", not " + d.doer
		}
	}
	if h, ok := askedFor(an.words, an.terms); ok && !named(h) {
		// "Which reports indicate North Korea's involvement?" is not
		// answered by what South Korea's readiness indicates.
		return "entry does not speak of " + h
	}
	for _, o := range objects(an.words, an.terms, true) {
		// "support for Ukraine" is not answered by North Korea's support
		// of Russia in its war against Ukraine.
		if objs := ie.objects[o[0]]; len(objs) > 0 && !objs[o[1]] {
			return "entry speaks of " + o[0] + " of another, not of " + o[1]
		}
	}
	if ex := excluded(an.words, an.terms); len(ex) > 0 {
		for _, t := range an.terms {
			// "Which allies of Moscow sent troops besides North Korea?"
			// is not answered by North Korea sending them.
			if doers := ie.doers[t.text]; len(doers) > 0 && onlyAmong(doers, ex) {
				return "entry speaks only of " + strings.Join(ex, " and ") + " doing " + t.text
			}
		}
	}
	for _, p := range parties(an.words, an.terms) {
		// "the discussions between Russia and North Korea" are not those
		// between South Korea and Ukraine.
		if b := ie.between[p[0]]; len(b) > 0 && !b[p[1]] {
			return "entry speaks of " + p[0] + " between others, not " + p[1]
		}
	}
	if len(an.unknown) > 0 && kindAsked(an.words, an.terms) {
		// "Is the KN-23 a cruise missile?": the report never says it is
		// one, and a word the pack does not know is what it is asked.
		return "the report does not say what kind " + an.terms[0].text + " is"
	}
	if c, ok := officialAsked(an.words, an.terms); ok && !ie.namesOfficial(c, e.an.actsFor) {
		// "Which Ukrainian official is quoted?" is not answered by what
		// Kyiv and its allies say, nor by South Korea's minister.
		return "entry names no official of " + cmp.Or(c, "any country")
	}
	if x, ok := identity(an.words, an.terms); ok && !ie.identities[x] {
		// "Who are the North Korean POWs?" is not answered by who
		// proposed accepting them.
		return "entry does not say who " + x + " is"
	}
	for _, ro := range roleObjects(an.words, an.terms) {
		// "Who leads Ukraine?" is not answered by the head of Ukraine's
		// Defense Intelligence.
		if of := ie.of[ro[0]]; len(of) > 0 && !of[ro[1]] {
			return "entry speaks of the " + ro[0] + " of another, not of " + ro[1]
		}
	}
	if scope := scopes(an.words, an.terms); len(scope) > 0 && !slices.ContainsFunc(ie.places, func(p string) bool { return !slices.Contains(scope, p) }) {
		// "Where in South Korea will the POWs live?" is not answered by
		// "in South Korea", but "Where in Russia?" is by "in Kursk".
		return "entry gives no place within " + strings.Join(scope, " or ")
	}
	for _, cp := range compounds(an.terms, an.words) {
		// "Russian soldiers" when the entry only speaks of North Korean
		// ones; a person's is their country's ("Budanov's agency").
		mods := ie.mods[cp[1]]
		of := func(e string) bool { return mods[e] }
		if i := slices.IndexFunc(an.terms, func(t term) bool { return t.text == cp[0] }); len(mods) > 0 && !mods[cp[0]] && !mods[e.an.actsFor[cp[0]]] && !eitherNamed(an.terms, an.terms[i], of) {
			return "entry speaks of another's " + cp[1] + ", not " + cp[0] + "'s"
		}
	}
	return ""
}

// answersWho reports whether the entry answers the "who" kind of question
// an.terms[i] without being asked it: "Who said North Korea is gaining
// experience?" by an entry that says who says so; "Whose welfare do they
// discuss?" ("the welfare of whom?") by the entry about that welfare, which
// says whose.
func (ie indexedEntry) answersWho(an analysis, i int, named func(string) bool) bool {
	t, ts, ws := an.terms[i], an.terms, an.words
	switch {
	case i+1 < len(ts) && len(ie.doers[ts[i+1].text]) > 0 && ts[i+1].pos <= t.end+1:
		return true
	case ws[t.pos] == "whose" && i+1 < len(ts) && ts[i+1].pos == t.end && named(ts[i+1].text):
		return true
	case ws[t.pos] == "whom" && i > 0 && before(ws, t.pos) == "of" && ts[i-1].end == t.pos-1 && named(ts[i-1].text):
		return true
	}
	return false
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

// namesOfficial reports whether the entry names one acting for the
// country c (for any country if c is "") as doing something.
func (ie indexedEntry) namesOfficial(c string, actsFor map[string]string) bool {
	for a := range ie.actors {
		if f := actsFor[a]; f != "" && (c == "" || f == c) {
			return true
		}
	}
	return false
}

// qualifies reports whether the entry writes the entity before any word
// ("North Korean soldiers").
func (ie indexedEntry) qualifies(entity string) bool {
	for _, m := range ie.mods {
		if m[entity] {
			return true
		}
	}
	return false
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

func containsAll(set, want []string) bool {
	for _, w := range want {
		if !slices.Contains(set, w) {
			return false
		}
	}
	return true
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

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if (r < '0' || r > '9') && r != '.' {
			return false
		}
	}
	return true
}

func (e *Engine) relate(a *Answer, entries []int) {
	for _, i := range entries {
		a.Related = append(a.Related, e.pack.Entries[i].Question)
		a.RelatedIDs = append(a.RelatedIDs, e.pack.Entries[i].ID)
	}
}

// suggestionsFor returns the best-ranked entries, or good starting
// entries when nothing matched.
func (e *Engine) suggestionsFor(cands []candidate, n int) []int {
	var out []int
	for _, c := range cands {
		if len(out) == n {
			break
		}
		out = append(out, c.entry)
	}
	if len(out) == 0 {
		return e.starters(n)
	}
	return out
}

// starters are good first questions: the first entry of each topic, then
// the next of each, and so on.
func (e *Engine) starters(n int) []int {
	var out []int
	used := make([]bool, len(e.pack.Entries))
	for len(out) < n && len(out) < len(e.pack.Entries) {
		seen := map[string]bool{}
		for i, en := range e.pack.Entries {
			if len(out) == n {
				break
			}
			if !used[i] && !seen[en.Topic] {
				seen[en.Topic], used[i] = true, true
				out = append(out, i)
			}
		}
	}
	return out
}

func (e *Engine) questions(entries []int) []string {
	out := make([]string, len(entries))
	for i, en := range entries {
		out[i] = e.pack.Entries[en].Question
	}
	return out
}

// AnswerEntry answers with the entry of the given id, as if its question
// had been asked: for a related-question button. ok is false for an id the
// pack does not have (a button from before the pack changed).
func (e *Engine) AnswerEntry(id string) (a Answer, ok bool) {
	i, ok := e.byID[id]
	if !ok {
		return Answer{}, false
	}
	return e.answerWith(e.newAnswer(e.pack.Entries[i].Question), i, 1), true
}

func round2(x float64) float64 { return math.Round(x*100) / 100 }

// Explain tells why the engine answers a question as it does: the terms it
// read, and the best-ranked entries with their scores and any guard that
// turned them down. It is for curators tuning a pack.
func (e *Engine) Explain(question string) string {
	var b strings.Builder
	an := e.an.analyze(question, true)
	var ts []string
	for _, t := range an.terms {
		s := t.text
		if t.kind != "" {
			s += "(" + string(t.kind) + ")"
		}
		ts = append(ts, s)
	}
	fmt.Fprintf(&b, "terms: %s", strings.Join(ts, " "))
	if len(an.unknown) > 0 {
		fmt.Fprintf(&b, "  unknown: %s", strings.Join(an.unknown, " "))
	}
	b.WriteString("\n")
	if !an.asks() {
		b.WriteString("  nothing to rank: no terms, or only a kind of question\n")
		return b.String()
	}
	explain := func(an analysis) bool {
		ok := false
		for _, c := range e.rank(uniqueTerms(an.terms), an, 5) {
			verdict := "ok"
			if why := e.reject(c, an); why != "" {
				verdict = why
			}
			ok = ok || verdict == "ok"
			fmt.Fprintf(&b, "  %-20s score %.2f cov %.2f cos %.2f  %s\n", e.pack.Entries[c.entry].ID, c.score, c.cov, c.cos, verdict)
		}
		return ok
	}
	// as Answer does: as it stands, then asked again until one is answered
	whole, proper := e.readings(question)
	if !whole {
		b.WriteString("  not asked as it stands: the question after its premise asks what the pack does not know\n")
	} else if explain(an) {
		return b.String()
	}
	for _, at := range again(an, whole, proper) {
		fmt.Fprintf(&b, "asked again as: %s\n", strings.Join(uniqueTerms(at.terms), " "))
		if explain(at) {
			break
		}
	}
	return b.String()
}

// Suggest returns up to n of the pack's questions for what a user has typed
// so far, best first; for nothing typed, good starting questions. The last
// word, while it is being typed, is completed against the pack's vocabulary
// with fuzzy subsequence matching ("kur" finds "kursk"). fuzzy scores one
// word at a time here: its score overflows on very long matches, and it is
// order-sensitive, which suits one word but not a whole question.
func (e *Engine) Suggest(typed string, n int) []string {
	if n <= 0 {
		return []string{}
	}
	if n > len(e.pack.Entries) {
		n = len(e.pack.Entries)
	}
	if utf8.RuneCountInString(typed) > MaxQuestionRunes {
		typed = string([]rune(typed)[:MaxQuestionRunes])
	}
	ws := words(typed)
	if len(ws) == 0 {
		return e.questions(e.starters(n))
	}
	if last := typed[len(typed)-1]; last != ' ' && last != '?' {
		// The last word is still being typed: complete it, or drop it when
		// one letter says too little.
		if partial := ws[len(ws)-1]; utf8.RuneCountInString(partial) >= 2 {
			ws[len(ws)-1] = e.completeWord(partial)
		} else {
			ws = ws[:len(ws)-1]
		}
	}
	an := e.an.analyzeWords(ws, true)
	out := []string{}
	for _, c := range e.rank(uniqueTerms(an.terms), an, n) {
		if len(out) == n {
			break
		}
		out = append(out, e.pack.Entries[c.entry].Question)
	}
	if len(out) == 0 {
		return e.questions(e.starters(n))
	}
	return out
}

// completeWord returns the pack word that best completes a partly typed
// word, or the word itself.
func (e *Engine) completeWord(w string) string {
	if e.an.known[w] {
		return w
	}
	var best string
	bestScore := 0
	for _, m := range fuzzy.Find(w, e.vocab) {
		// prefer words that start like the typed word, then fuzzy's score
		s := m.Score
		if strings.HasPrefix(m.Str, w) {
			s += 1000
		}
		// ties go to the first in the alphabet, whatever vocab's order
		if best == "" || s > bestScore || s == bestScore && m.Str < best {
			best, bestScore = m.Str, s
		}
	}
	if best == "" {
		return w
	}
	return best
}
