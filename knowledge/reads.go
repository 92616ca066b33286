package knowledge

import "slices"

// A turn reads the same text more than once: sortSentences reads each
// sentence of a message, and answer reads the question again; the words a
// fragment adds (readFragment), or a reply to a question asked back
// (fillPending), are read again when they are the question answer reads;
// the words before a reference last (antecedent) are the question without
// it (standsAlone, and ownReference's saysAnything); the last question
// settle reads is the one a fragment is of; a question roleOfNothing
// reads is the one answer reads, and a fragment turn and saidNear read
// again is the one readFragment read. Reading is a good part of a turn. turnReads keeps, for one turn, the
// words of each text read and the analysis of each list of words, so that
// each is read once.
//
// It lives in the turn's trace (see reply), and goes with it: nothing is
// kept from one turn to the next, and a turn keeps at most maxTurnReads
// of each. Whoever is given a reading gets a copy of its own, as it would
// from reading the text: some callers change the slices they are given.

type turnReads struct {
	texts    []textRead
	analyses []wordsRead
}

// textRead is a text and its words (sentenceWords).
type textRead struct {
	text  string
	words []string
}

// wordsRead is a list of words and its analysis (analyzeWords).
type wordsRead struct {
	words   []string
	correct bool
	an      analysis
}

// maxTurnReads is how many texts, and how many analyses, a turn keeps:
// a turn reads a handful; a long message's are read as they would be
// without.
const maxTurnReads = 8

// sentenceWords is sentenceWords(s), read once in a turn: with keep, a
// later step that reads s again finds it read (kept only where one does,
// as keeping costs a copy).
func (t *trace) sentenceWords(s string, keep bool) []string {
	if t == nil {
		return sentenceWords(s)
	}
	for _, r := range t.reads.texts {
		if r.text == s {
			return slices.Clone(r.words)
		}
	}
	ws := sentenceWords(s)
	if keep && len(t.reads.texts) < maxTurnReads {
		t.reads.texts = append(t.reads.texts, textRead{s, slices.Clone(ws)})
	}
	return ws
}

// readWords is sentenceWords(s) as the turn read it, to be read and not
// changed: the turn's own list when it kept one (nothing copied), or s
// cut, and kept as cut. A question the conversation makes of a follow-up
// ("how many of nk troops?") was read by no earlier step: several steps
// read it to be read only (exclaimedClaim, copulaClaim), and answer reads
// it again, and the first one's reading serves them all. What is kept is
// the list the caller is given, which no one changes: sentenceWords gives
// a copy of it.
func (t *trace) readWords(s string) []string {
	if t == nil {
		return sentenceWords(s)
	}
	for _, r := range t.reads.texts {
		if r.text == s {
			return r.words
		}
	}
	ws := sentenceWords(s)
	if len(t.reads.texts) < maxTurnReads {
		t.reads.texts = append(t.reads.texts, textRead{s, ws})
	}
	return ws
}

// analyzeWords is a.analyzeWords(ws, correct), read once in a turn, and
// kept as sentenceWords keeps its words.
func (t *trace) analyzeWords(a *analyzer, ws []string, correct, keep bool) analysis {
	if t == nil {
		return a.analyzeWords(ws, correct)
	}
	for _, r := range t.reads.analyses {
		if r.correct == correct && (r.words == nil) == (ws == nil) && slices.Equal(r.words, ws) {
			return r.an.clone()
		}
	}
	if !keep || len(t.reads.analyses) >= maxTurnReads {
		return a.analyzeWords(ws, correct)
	}
	key := slices.Clone(ws) // (before analyzeWords, which may keep ws)
	an := a.analyzeWords(ws, correct)
	t.reads.analyses = append(t.reads.analyses, wordsRead{key, correct, an.clone()})
	return an
}

// readAnalysis is analyzeWords(a, ws, correct, keep) to be read and not
// changed, as readWords is of sentenceWords: the analysis the turn kept,
// or the one it keeps, itself, with no copy for the caller. settle's
// reading of the last question is copied nowhere else in most turns, and
// its terms are the most of what a copy costs. A reading seeded from the
// conversation (seedReads) is shared with every copy of that conversation
// and every turn answered in it, at once: one found here must only be read.
func (t *trace) readAnalysis(a *analyzer, ws []string, correct, keep bool) analysis {
	if t == nil {
		return a.analyzeWords(ws, correct)
	}
	for _, r := range t.reads.analyses {
		if r.correct == correct && (r.words == nil) == (ws == nil) && slices.Equal(r.words, ws) {
			return r.an
		}
	}
	if !keep || len(t.reads.analyses) >= maxTurnReads {
		return a.analyzeWords(ws, correct)
	}
	key := slices.Clone(ws) // (before analyzeWords, which may keep ws)
	an := a.analyzeWords(ws, correct)
	an.words = slices.Clone(an.words) // (it may be ws, the caller's)
	t.reads.analyses = append(t.reads.analyses, wordsRead{key, correct, an})
	return an
}

// clone is a copy of an that shares no slice with it.
func (an analysis) clone() analysis {
	an.words, an.terms, an.unknown = slices.Clone(an.words), slices.Clone(an.terms), slices.Clone(an.unknown)
	return an
}

// newTrace makes a trace for an engine's pool of quiet traces
// (Engine.traces): the quiet traces of turns answered, kept for the next,
// so that a turn that reads with one of them allocates neither it nor its
// lists of reads. The pool is the engine's, as its other pools are, so a
// trace's lists grown by one pack's turns serve only that pack's.
func newTrace() any { return new(trace) }

// quietTrace is a quiet trace with nothing read, for one turn: freeTrace
// gives it back when the turn is answered.
func (e *Engine) quietTrace() *trace {
	t := e.traces.Get().(*trace)
	t.quiet = true
	return t
}

// freeTrace empties a trace of quietTrace, keeping its lists' room, and
// gives it back. Nothing it read is kept from one turn to the next:
// whoever was given a reading has a copy of its own, or the list itself,
// which freeTrace does not change (it forgets it).
func (e *Engine) freeTrace(t *trace) {
	clear(t.reads.texts)
	clear(t.reads.analyses)
	*t = trace{reads: turnReads{texts: t.reads.texts[:0], analyses: t.reads.analyses[:0]}}
	e.traces.Put(t)
}
