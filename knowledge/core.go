package knowledge

import (
	"slices"
	"strings"
)

// People on Discord write chatter around a question: a word to get going
// before it ("hmm so where are ...", "real quick, how many ..."), a remark
// after it ("... asking for a friend", "loser buys pizza"). Words the pack
// does not know weigh heavily in ranking, as they usually name what the
// report does not cover ("How many tanks ...?"); in chatter they name
// nothing asked, and sink a question the report answers.
//
// The core of a question is the question without that chatter: the
// sentences and the opening words that say nothing the pack knows. What
// is left is read as any question is, under the same guards, so a word
// the pack does not know inside the question itself still declines it.

// core returns the words of the question's core, and whether it differs
// from the question's own: sentences that hold no term the pack knows are
// left out, unless they end with a question mark ("Tanks?" is asked); so
// are the words before the question's start (its first question word, or
// an auxiliary opening a clause) that hold none and do not narrow it, and
// the clauses after it that hold none and are no bare list of things
// ("..., just sightseeing?", but not "did they send troops, tanks?") nor ask
// again ("when did they go, which month?") nor offer a figure ("how many
// did they send, 10k or 12k?"); and the sentences after the
// last that asks, which say what the asker thinks of it (but not one
// asking the answer exact: exactremark.go). asked are the
// question's words as its caller read them (sentenceWords), or nil: a
// question of one sentence and one clause is not read again.
func (e *Engine) core(question string, asked []string) ([]string, bool) {
	var out []string
	changed, started := false, false
	var buf [4]string // on the stack, for most questions
	sentences := appendSentences(buf[:0], question)
	sentences, marker := fromPoint(sentences) // the chatter before "tl;dr" (pointmarker.go)
	changed = marker > 0
	if len(sentences) < 2 {
		// (the last that asks is the only one, or none: nothing after it)
	} else if k := lastAsked(sentences); k >= 0 && k+1 < len(sentences) && !exactRemarks(sentences[k+1:]) {
		// the remarks after the last question ("... ? Feels like that's
		// a big deal for Seoul too.") say what the asker thinks, not
		// what they ask
		sentences, changed = sentences[:k+1], true
	}
	for _, s := range sentences {
		marked := strings.HasSuffix(strings.TrimSpace(s), "?")
		// each clause read once: questionClause reads them by these
		// words (none of which changes them)
		clauses := splitClauses(s)
		cws := make([][]string, len(clauses))
		var ws []string
		for k, c := range clauses {
			if c == question && asked != nil {
				cws[k] = asked
			} else {
				cws[k] = sentenceWords(c)
			}
		}
		if marker > 0 {
			cws, marker = withoutOpening(cws, marker), 0
		}
		for _, c := range cws {
			ws = append(ws, c...)
		}
		if len(ws) == 0 {
			continue
		}
		if len(sentences) > 1 && !marked && !e.saysAnything(ws, nil) && !opensQuestion(ws) {
			changed = true // chatter
			continue
		}
		if !started {
			started = true
			trimmed, ok := e.questionClause(cws)
			if ok {
				ws, changed = trimmed, true
			}
		}
		if isQuestion(s, ws) {
			if trimmed, ok := e.withoutDoubt(ws); ok {
				ws, changed = trimmed, true // the asker's doubt (doubt.go)
			}
		}
		out = append(out, ws...)
	}
	return out, changed && len(out) > 0
}

// lastAsked returns the index of the last of the sentences that asks,
// or -1.
func lastAsked(sentences []string) int {
	for k := len(sentences) - 1; k >= 0; k-- {
		if isQuestion(sentences[k], sentenceWords(sentences[k])) {
			return k
		}
	}
	return -1
}

// opensQuestion reports whether words start as a question does, with a
// question word or a preposition and one: "nk is fighting in ukraine??
// since when" asks its last sentence, with or without its mark.
func opensQuestion(ws []string) bool {
	return isQuestionWord(ws[0]) || len(ws) > 1 && prepositions[ws[0]] && isQuestionWord(ws[1])
}

// questionClause returns the words of a sentence, given by its clauses'
// words, from its question's start, without the clauses after it that say
// nothing, and whether that is less than the sentence.
func (e *Engine) questionClause(cws [][]string) ([]string, bool) {
	var ws []string
	changed, from := false, questionStart(cws)
	for _, c := range cws {
		switch {
		case from >= len(c):
			from -= len(c)
			if len(c) > 0 && !e.saysAnything(c, nil) && !narrowingClause(c) {
				changed = true // an opening clause that says nothing
				continue
			}
		case from > 0:
			if !e.saysAnything(c[:from], nil) && !slices.ContainsFunc(c[:from], narrows) {
				c, changed = c[from:], true // opening words that say nothing
			}
			from = 0
		case len(ws) > 0 && askersRemark(c):
			changed = true // the asker's own remark: "..., i keep hearing different things"
			continue
		case len(ws) > 0 && len(c) > 0 && !whWords[c[0]] && !e.saysAnything(c, nil) && slices.ContainsFunc(c, func(w string) bool { return stopWords[w] }) &&
			!(from == 0 && !slices.ContainsFunc(ws, isQuestionWord) && slices.ContainsFunc(c, isQuestionWord)) &&
			!slices.ContainsFunc(c, isNumber):
			// (nor a figure offered after it, a guess at the count asked:
			// "how many did they send, 10k or 12k?" asks a figure the
			// report may not give, where "thousands" is no answer)
			// (but not the question itself, after a clause that only
			// names what it asks of: "the 1950s war, was which war?")
			changed = true // a remark after the question
			continue
		}
		ws = append(ws, c...)
	}
	return ws, changed
}

// askersRemark reports whether a clause after the question speaks of the
// asker ("i keep hearing different things", "im confused"), whatever it
// names: it says what they think, not what they ask. Not "i mean ...",
// which says what they ask, nor a clause with a question word or a
// figure, a guess at the answer ("i think it was 3000?").
func askersRemark(c []string) bool {
	return len(c) > 2 && askerWords[c[0]] && c[1] != "mean" && c[1] != "meant" &&
		!slices.ContainsFunc(c, isQuestionWord) && !slices.ContainsFunc(c, isNumber)
}

// askerWords open a clause of the asker's own ("my teacher wants a
// source", and as Irish chat writes it, "me teacher ...").
var askerWords = setOf("i", "im", "ive", "id", "my", "me")

// saysAnything reports whether the words speak of something the pack
// knows: a term of its synonyms that is not filler or framing, or a word
// some entry is about. Words the pack only uses to ask ("asking", "time"
// in "is it the first time") say nothing by themselves. tr, if any, is
// the turn's, whose reading of the words it reads (see reads.go).
func (e *Engine) saysAnything(ws []string, tr *trace) bool {
	an := tr.readAnalysis(e.an, slices.Clone(ws), true, false) // (only read)
	return slices.ContainsFunc(an.terms, func(t term) bool {
		switch t.kind {
		case KindFiller, KindFrame, KindQuestion:
			return false // ("I did not catch his name." asks nothing here)
		case "":
			return e.isTopic(t.text)
		}
		return true
	})
}

// isTopic reports whether some entry is about the term t (see
// indexedEntry.about).
func (e *Engine) isTopic(t string) bool {
	return slices.ContainsFunc(e.bagPost[t], func(p posting) bool { return e.entries[p.entry].about[t] })
}

// narrows reports whether an opening word makes the question narrower, so
// that the opening is part of it ("of those, how many ...", "besides the
// KN-23, what ..."), or asks it exact ("exactly how many ..."): a
// preposition, a word that sets aside, a number, a word of exactness.
func narrows(w string) bool {
	return prepositions[w] || setAside[w] || isNumber(w) || exactWords[w]
}

// narrowingClause reports whether an opening clause that names nothing
// the pack knows narrows the question after it: one that sets a thing
// aside or asks exactly ("besides tanks", "exactly"), or a word that
// narrows among words that only tie and point ("of those", "in 2023"). A
// clause with words of its own besides ("been scrolling for like 20 min",
// "in the broader sense") is the asker's chatter, whatever preposition or
// number it holds.
func narrowingClause(c []string) bool {
	if slices.ContainsFunc(c, func(w string) bool { return setAside[w] || exactWords[w] }) {
		return true
	}
	return slices.ContainsFunc(c, narrows) && !slices.ContainsFunc(c, func(w string) bool {
		return !stopWords[w] && !narrows(w)
	})
}

// prepositions are the words that tie an opening to the question after it.
var prepositions = setOf("of", "besides", "except", "apart", "aside", "excluding", "among", "out", "in", "on", "for", "by",
	"after", "before", "since", "during", "from", "to", "with", "without", "about", "than", "as", "at", "between")

// questionStart returns the index, among the words of the clauses, of the
// word that starts the question: the first question word, or an auxiliary
// or question word opening a clause ("ok so, did Cho ...?"); 0 if none.
// cws are the clauses' words.
func questionStart(cws [][]string) int {
	n := 0
	for _, ws := range cws {
		for i, w := range ws {
			// ("in" only before a question word: "in which region ...",
			// not "in the broader sense, why ...")
			if isQuestionWord(w) || i == 0 && questionStarts[w] && (w != "in" || len(ws) > 1 && isQuestionWord(ws[1])) {
				return n + i
			}
		}
		n += len(ws)
	}
	return 0
}

// splitClauses splits a sentence at commas, semicolons and colons that
// end a clause (before a space: "3,000" is one number).
func splitClauses(s string) []string {
	var out []string
	start := 0
	cuts := contrastCuts(s) // "the foreign minister not the president" (contrastclause.go), in order
	for i := 0; i < len(s); i++ {
		cut := len(cuts) > 0 && cuts[0] == i
		if cut {
			cuts = cuts[1:]
		}
		if (s[i] == ',' || s[i] == ';' || s[i] == ':') && (i+1 == len(s) || s[i+1] == ' ') || cut {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}
