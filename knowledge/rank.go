package knowledge

import (
	"iter"
	"math"
	"slices"
	"strings"
)

// coverageShare is the part of an entry's score that comes from how much of
// the question the entry covers as a whole; the rest comes from its closest
// phrasing (cosine over idf-weighted terms), which ranks best alone.
const coverageShare = 0.3

// unknownWeight scales the weight of a word the pack has never seen, next to
// the rarest word it has: such words usually name what the report does not
// cover ("tanks", "president"), but some are filler.
const unknownWeight = 0.7

// candidate is an entry's match for one question.
type candidate struct {
	entry    int
	cov, cos float64
	// absent is the share of the question's weight in words the pack
	// knows but this entry lacks.
	absent float64
	score  float64
}

// scratch holds one question's sums, dense by entry and by doc, so ranking
// allocates no maps; only what a question touched is reset. A doc's sum
// is the question's when its stamp is the question's epoch: set at its
// first touch, it needs no reset, and a touch is told first by an
// integer, not by the sum being zero.
type scratch struct {
	cov, present, cos []float64 // by entry
	dots              []float64 // by doc
	stamps            []uint32  // by doc
	epoch             uint32
	touched           []int32
	touchedDocs       []int32
}

// newScratch returns a maker of scratch for a pack of nEntries entries and
// nDocs phrasings, for the engine's pool.
func newScratch(nEntries, nDocs int) func() any {
	return func() any {
		return &scratch{
			cov: make([]float64, nEntries), present: make([]float64, nEntries),
			cos: make([]float64, nEntries), dots: make([]float64, nDocs), stamps: make([]uint32, nDocs),
		}
	}
}

func (s *scratch) reset() {
	for _, en := range s.touched {
		s.cov[en], s.present[en], s.cos[en] = 0, 0, 0
	}
	s.touched, s.touchedDocs = s.touched[:0], s.touchedDocs[:0]
}

// nextEpoch starts a question's sums by doc: the stamps of the last
// question's no longer match (and on the rare wrap to 0, none does).
func (s *scratch) nextEpoch() uint32 {
	s.epoch++
	if s.epoch == 0 {
		clear(s.stamps)
		s.epoch = 1
	}
	return s.epoch
}

func (e *Engine) weight(t string, unknown map[string]bool) float64 {
	return termWeight(e.idf, e.maxIDF, t, unknown)
}

// termWeight is the weight of the question's term t, by the pack's idf
// (the engine's, or a query's copy of it: see query.idf).
func termWeight(idf map[string]float64, maxIDF float64, t string, unknown map[string]bool) float64 {
	if a, b, ok := strings.Cut(t, bigramSep); ok {
		return bigramWeight * (termWeight(idf, maxIDF, a, unknown) + termWeight(idf, maxIDF, b, unknown)) / 2
	}
	if unknown[t] {
		return unknownWeight * maxIDF
	}
	if w, ok := idf[t]; ok {
		return w
	}
	return maxIDF // a word of the report that no entry speaks of
}

// rankedTerm is what rank reads of a term, at one lookup rather than one
// a table: its idf (when weighed, as a term of some entry's bag is), the
// entries whose bag holds it and the phrasings that do. weigh builds them
// from idf, bagPost and docPost, which stay what the rest reads.
type rankedTerm struct {
	idf     float64
	weighed bool
	bag     []posting
	doc     []int32
}

// rankWeight is termWeight of the term t, whose rankedTerm is rt, for a
// term that is no bigram.
func (e *Engine) rankWeight(rt rankedTerm, t string, unknown map[string]bool) float64 {
	if unknown[t] {
		return unknownWeight * e.maxIDF
	}
	if rt.weighed {
		return rt.idf
	}
	return e.maxIDF
}

// rank scores the entries that share a term with the question and returns
// the best k, best first.
func (e *Engine) rank(q []string, an analysis, k int) []candidate {
	var unknown map[string]bool // nil, for most questions: every word known
	if len(an.unknown) > 0 {
		unknown = make(map[string]bool, len(an.unknown))
		for _, u := range an.unknown {
			unknown[u] = true
		}
	}
	var total, qnorm float64
	var wsArray [32]float64 // on the stack, for most questions
	ws := wsArray[:]
	var rtArray [32]rankedTerm
	rts := rtArray[:]
	if len(q) > len(ws) {
		ws, rts = make([]float64, len(q)), make([]rankedTerm, len(q))
	}
	ws, rts = ws[:len(q)], rts[:len(q)]
	for i, t := range q {
		rts[i] = e.ranked[t]
		if strings.Contains(t, bigramSep) {
			ws[i] = e.weight(t, unknown)
		} else {
			ws[i] = e.rankWeight(rts[i], t, unknown)
		}
		total += ws[i]
		qnorm += ws[i] * ws[i]
	}
	qnorm = math.Sqrt(qnorm)

	sc := e.scratch.Get().(*scratch)
	defer e.scratch.Put(sc)
	epoch := sc.nextEpoch()
	var knownTotal float64
	for i, t := range q {
		known := !unknown[t]
		if known {
			knownTotal += ws[i]
		}
		for _, p := range rts[i].bag {
			en := p.entry
			if sc.cov[en] == 0 && sc.present[en] == 0 {
				sc.touched = append(sc.touched, en)
			}
			sc.cov[en] += ws[i] * p.weight
			if known {
				sc.present[en] += ws[i]
			}
		}
		for _, d := range rts[i].doc {
			if sc.stamps[d] != epoch {
				sc.stamps[d] = epoch
				sc.touchedDocs = append(sc.touchedDocs, d)
				sc.dots[d] = ws[i] * ws[i] // (0 + w² is w²)
				continue
			}
			sc.dots[d] += ws[i] * ws[i]
		}
	}
	// Two terms in the order of a phrasing ("first war") match it more
	// closely than the same terms apart: the bigrams a phrasing is indexed
	// by (see bigrams), looked up without joining them into a string of
	// their own, and weighed by the terms' weights found above.
	var keyArray [64]byte // on the stack, for most bigrams
	for a, b := range bigrams(an.terms) {
		w := bigramWeight * (e.weightIn(q, ws, a, unknown) + e.weightIn(q, ws, b, unknown)) / 2
		qnorm = math.Sqrt(qnorm*qnorm + w*w)
		key := append(append(append(keyArray[:0], a...), bigramSep...), b...)
		for _, d := range e.ranked[string(key)].doc {
			if sc.stamps[d] != epoch {
				sc.stamps[d] = epoch
				sc.touchedDocs = append(sc.touchedDocs, d)
				sc.dots[d] = w * w
				continue
			}
			sc.dots[d] += w * w
		}
	}
	// An entry's phrasings are indexed one after another, and a term's
	// postings in order, so the touched phrasings come in runs of one
	// entry: each run's best is kept in a register and stored once, not
	// read back from memory at every phrasing (max is the same in any
	// order).
	run, best := int32(-1), 0.0
	for _, d := range sc.touchedDocs {
		c := sc.dots[d] / (qnorm * e.docs[d].norm)
		if en := e.docs[d].entry; en != run {
			if run >= 0 {
				sc.cos[run] = max(sc.cos[run], best)
			}
			run, best = en, c
			continue
		}
		best = max(best, c)
	}
	if run >= 0 {
		sc.cos[run] = max(sc.cos[run], best)
	}
	// Keep the best k, in order, by insertion: k is small, the touched
	// entries may be thousands, and a full sort would cost more than the
	// scoring.
	cands := make([]candidate, 0, k+1)
	var pair candidate
	for _, en := range sc.touched {
		cd := candidate{entry: int(en), cov: sc.cov[en] / total, cos: sc.cos[en], absent: (knownTotal - sc.present[en]) / total}
		cd.score = coverageShare*cd.cov + (1-coverageShare)*cd.cos
		if int(en)+1 == an.pair {
			pair = cd
		}
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
	if an.pair > 0 && pair.entry+1 == an.pair && !slices.ContainsFunc(cands, func(c candidate) bool { return c.entry == pair.entry }) {
		// the entry that gives both figures set side by side is the one
		// asked of (see Engine.sideBySide), though the entries of each
		// figure alone share more of the words ("why does one say 3,000
		// and the other 4,000?"): the guards still judge it, after them
		cands = append(cands, pair)
	}
	return cands
}

// weightIn is the weight of the term t: the one found for it among the
// question's terms q (weighed ws), else termWeight's.
func (e *Engine) weightIn(q []string, ws []float64, t string, unknown map[string]bool) float64 {
	if i := slices.Index(q, t); i >= 0 {
		return ws[i]
	}
	return e.weight(t, unknown)
}

// better orders candidates: higher score first, then pack order, so that
// equal scores rank the same on every run.
func better(a, b candidate) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	return a.entry < b.entry
}

// bigramSep joins the two terms of a bigram.
const bigramSep = "\x00"

// bigramWeight scales a bigram's weight, the mean of its two terms'.
const bigramWeight = 0.3

// bigrams yields the pairs of terms next to each other in ts (stop words
// aside, as terms are), in order, each pair once: what a phrasing is
// indexed by (appendBigrams) and a question ranked by (rank), read in
// this one place.
func bigrams(ts []term) iter.Seq2[string, string] {
	return func(yield func(a, b string) bool) {
		for i := 0; i+1 < len(ts); i++ {
			a, b := ts[i].text, ts[i+1].text
			seen := false
			for j := 0; j < i && !seen; j++ {
				seen = ts[j].text == a && ts[j+1].text == b
			}
			if !seen && !yield(a, b) {
				return
			}
		}
	}
}

// appendBigrams appends to out the bigrams of ts, each its two terms
// joined by bigramSep. They are cut from one string, to allocate once per
// text rather than once per pair: indexing makes a few thousand.
func appendBigrams(out []string, ts []term) []string {
	n := 0
	for a, b := range bigrams(ts) {
		n += len(a) + len(bigramSep) + len(b)
	}
	if n == 0 {
		return out
	}
	var sb strings.Builder
	sb.Grow(n)
	for a, b := range bigrams(ts) {
		sb.WriteString(a)
		sb.WriteString(bigramSep)
		sb.WriteString(b)
	}
	all := sb.String()
	for a, b := range bigrams(ts) {
		n := len(a) + len(bigramSep) + len(b)
		out, all = append(out, all[:n]), all[n:]
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
