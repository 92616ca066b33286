package knowledge

import (
	"math"
	"slices"
	"strings"
)

// phrasingWeight is how much a term counts that an entry's question and
// answer lack but one of its other phrasings has: such a word is one way of
// asking, not what the entry is about ("time" in "is it the first time").
const phrasingWeight = 0.6

// quoteWeight is how much a term counts that only the entry's citations
// have: the report's own words around the fact, evidence of what the entry
// is about, but not all of it the point.
const quoteWeight = 0.5

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
	// acting are the names its question, answer and phrasings speak of as
	// doers (see actors), and doneBy who does each act its answer states.
	acting map[string]bool
	doneBy relation
	// places are the names its answer puts someone in or sends them to.
	places []string
	// identities are the names and roles its ways of asking ask "who is"
	// of.
	identities map[string]bool
	// of maps a role to what its texts say it is of (see roleObjects).
	of relation
	// doneTo maps a word to the names its answer says it is done to or
	// for (see objects).
	doneTo relation
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

// index reads every entry's texts once: their terms, for ranking, and what
// the guards read of them.
func (e *Engine) index() {
	p := e.pack
	e.bagPost = map[string][]int32{}
	e.byID = make(map[string]int, len(p.Entries))
	e.exact = p.asked // read-only, shared by the engines of one pack
	if e.exact == nil {
		e.exact = make(map[string]int, 16*len(p.Entries))
	}
	e.entries = make([]indexedEntry, len(p.Entries))
	for i, en := range p.Entries {
		e.byID[en.ID] = i
		texts := en.appendTexts(nil)
		// an entry has about as many terms as texts
		ie := indexedEntry{bag: make(map[string]float64, len(texts)+8), about: make(map[string]bool, len(texts)+8),
			mods: relation{}, acting: map[string]bool{}, doneBy: relation{}, identities: map[string]bool{}, of: relation{}, doneTo: relation{}, between: relation{}}
		for _, w := range splitWords(en.AsOf) {
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
					ie.acting[t.text] = true
				}
				// Only the answer states who does what; a way of asking
				// ("Are they trained by Russia?") does not.
				var ds []deed
				if j == 1 {
					for _, o := range objects(an.words, an.terms, false) {
						ie.doneTo.add(o[0], o[1])
					}
					ds = deeds(an.words, an.terms, doers(an.words, an.terms))
					ie.places = placesAfter(an.words, an.terms, into)
				}
				for _, d := range ds {
					ie.doneBy.add(d.act, d.doer)
					if f := e.an.actsFor[d.doer]; f != "" {
						// What Cho does, South Korea does; but an entry must
						// name South Korea itself to be about its doings.
						ie.doneBy.add(d.act, f)
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
}

// weigh finds each term's weight (its idf) and each phrasing's norm.
func (e *Engine) weigh() {
	n := float64(len(e.entries))
	e.idf = make(map[string]float64, len(e.bagPost))
	for t, post := range e.bagPost {
		e.idf[t] = bm25IDF(n, float64(len(post)))
	}
	e.maxIDF = bm25IDF(n, 0)
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
}

// bm25IDF is BM25's inverse document frequency, over entries.
func bm25IDF(n, df float64) float64 {
	return math.Log(1 + (n-df+0.5)/(df+0.5))
}

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
