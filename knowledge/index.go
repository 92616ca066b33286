package knowledge

import (
	"math"
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

// indexedEntry is what the engine reads of an entry at load: its terms, to
// rank it, and the facts its texts state, for the guards (see guards.go).
type indexedEntry struct {
	// bag holds every term of the entry, weighted by where it stands: 1
	// in its core (question and answer), phrasingWeight in its other
	// phrasings only, quoteWeight in its citations only.
	bag map[string]float64
	// about holds the terms of its question, answer and citations, and
	// the keywords that are a phrasing alone ("summary"): what the entry
	// is about, where its other phrasings are ways of asking.
	about map[string]bool
	// quoted holds the terms of its citations (and its answer's
	// asides): what the entry states, even where a phrasing has the
	// term too and bag weighs it as a way of asking (see states).
	quoted map[string]bool
	// sentence is what the guards of a sentence read of it, for a
	// sentence of the report indexed as an entry (see fallback.go); nil
	// for a curated entry.
	sentence *sentenceFacts
	// loneNames are the names a way of asking it asks of alone ("Who is
	// Budanov?"): see barename.go.
	loneNames map[string]bool
	entryFacts
}

// doc is one way of asking an entry (its question or a phrasing), as
// ranking compares it with a question: its terms and their bigrams.
type doc struct {
	entry int32
	terms []string
	norm  float64
}

// index reads every entry's texts once: their terms, for ranking, and what
// the guards read of them.
func (e *Engine) index() {
	p := e.pack
	e.bagPost = map[string][]posting{}
	e.byID = make(map[string]int, len(p.Entries))
	e.stated = relation{}
	e.owners = relation{}
	e.exact = p.asked // read-only, shared by the engines of one pack
	if e.exact == nil {
		e.exact = make(map[string]int, 16*len(p.Entries))
	}
	e.entries = make([]indexedEntry, len(p.Entries))
	for i, en := range p.Entries {
		e.byID[en.ID] = i
		texts := en.appendTexts(nil)
		// an entry has about as many terms as texts
		ie := indexedEntry{bag: make(map[string]float64, len(texts)+8), about: make(map[string]bool, len(texts)+8), entryFacts: newEntryFacts()}
		ie.asOf = asOfNumbers(en.AsOf)
		ie.asOfKey = latestAsOf(en.AsOf)
		ie.answerNumbers = numbersOf(sentenceWords(en.Answer))
		if en.AsOf == "" {
			// an entry without a date may give its figures' dates in
			// its answer ("as of January 2025, and ... by early February")
			ie.asOfKey = latestAsOf(en.Answer)
		}
		for _, c := range en.Citations {
			ie.paragraphs = append(ie.paragraphs, c.Paragraph)
		}
		for j, text := range texts {
			k := phrasingText
			switch {
			case j == 0:
				k = questionText
			case j == 1:
				k = answerText
			case j >= 2+len(en.Phrasings):
				k = quoteText
			}
			if k == answerText {
				// an aside in parentheses is context, as a quote is:
				// "(By early February, about 4,000 ...)" in the January
				// figure's answer does not make it an answer about 4,000
				var asides []string
				text, asides = cutAsides(text)
				for _, a := range asides {
					an := e.an.analyze(a, false)
					ie.learnTerms(an, quoteText)
					ie.learn(an, quoteText, e.an)
				}
			}
			an := e.an.analyze(text, false)
			ie.learnTerms(an, k)
			ie.learn(an, k, e.an)
			if !k.asks() {
				continue // answers and quotes add meaning, but are not ways to ask
			}
			ie.learnLoneName(an)
			if p.asked == nil { // a pack not made by Load
				e.exact[strings.Join(an.words, " ")] = i
			}
			// room for the bigrams too
			if ts := appendUnique(make([]string, 0, 2*len(an.terms)), an.terms); len(ts) > 0 {
				if len(ts) == 1 {
					ie.about[ts[0]] = true // a keyword for the entry: "summary"
				}
				e.docs = append(e.docs, doc{entry: int32(i), terms: appendBigrams(ts, an.terms)})
			}
		}
		ie.pastOnly = ie.past && !ie.present // see learnPast
		ie.learnQuoteSpeakers(p, en, e.an)
		e.entries[i] = ie
		for act, doers := range ie.doneBy {
			for d := range doers {
				e.stated.add(act, d)
			}
		}
		for w, os := range ie.whose {
			for o := range os {
				e.owners.add(w, o)
			}
		}
		for t := range ie.bag {
			e.bagPost[t] = append(e.bagPost[t], posting{int32(i), ie.bag[t]})
		}
	}
}

// A posting is an entry whose bag holds a term, and the term's weight
// there (see indexedEntry.bag): ranking reads it for every entry a term
// reaches, and a map lookup each time cost a fifth of an answer.
type posting struct {
	entry  int32
	weight float64
}

// learnTerms weighs the terms of one of the entry's texts by where it
// stands (see bag and about).
func (ie *indexedEntry) learnTerms(an analysis, k textKind) {
	w := phrasingWeight
	switch k {
	case questionText, answerText:
		w = 1
	case quoteText:
		w = quoteWeight
	}
	for _, t := range an.terms {
		if (k == answerText || k == quoteText) && t.kind == KindQuestion {
			// "it gives no number" does not answer "how many"
			continue
		}
		ie.bag[t.text] = max(ie.bag[t.text], w)
		if k == quoteText {
			if ie.quoted == nil {
				ie.quoted = make(map[string]bool)
			}
			ie.quoted[t.text] = true
		}
		if w != phrasingWeight {
			ie.about[t.text] = true
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
	e.ranked = make(map[string]rankedTerm, len(e.docPost))
	for t, post := range e.bagPost {
		e.ranked[t] = rankedTerm{idf: e.idf[t], weighed: true, bag: post, doc: e.docPost[t]}
	}
	for t, post := range e.docPost {
		if _, ok := e.ranked[t]; !ok {
			e.ranked[t] = rankedTerm{doc: post}
		}
	}
}

// bm25IDF is BM25's inverse document frequency, over entries.
func bm25IDF(n, df float64) float64 {
	return math.Log(1 + (n-df+0.5)/(df+0.5))
}

// cutAsides returns text without what it says in parentheses, and that:
// a gloss ("(2024, going by the report's early-2025 figures)") as well as
// an aside of a sentence of its own, which is all composition leaves out
// (see aside). Reading glosses as answer text instead changed 14 answers
// of the sets and answered one near-miss.
func cutAsides(text string) (string, []string) {
	var asides []string
	for {
		open := strings.IndexByte(text, '(')
		if open < 0 {
			return text, asides
		}
		end := strings.IndexByte(text[open:], ')')
		if end < 0 {
			return text, asides
		}
		asides = append(asides, text[open+1:open+end])
		text = text[:open] + text[open+end+1:]
	}
}
