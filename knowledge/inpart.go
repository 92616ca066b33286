package knowledge

import (
	"slices"
	"strings"
)

// A message that asks two things ("who proposed it and how many POWs are
// there?") of which the report answers one is answered in part: the part
// it answers, with its citations, and a line of the pack saying the other
// is not in the report. Declining the whole would hide what the report
// does say; answering with the one entry alone would read as the whole.
// Only questions joined as clauses are answered so: half a comparison
// ("is February's figure higher than January's?") says nothing of it.

// answerInPart answers a question asking two or more things from the
// entries of the parts the pack answers, each by another entry, and says
// which it does not answer (see partLine); ok is false unless at least
// one part is answered and one is not. Only where that is plain:
//
//   - an answered part asks alone, borrowing nothing of another part and
//     referring back to none ("who is Cho and how long did it last?" is
//     not answered by how long something else lasted), but by a "he" or
//     "they" to the one name of the part before (see namedBack);
//   - a part not answered asks by a question word that says what it asks
//     ("why", "how many": "The report doesn't say why."), or holds a word
//     the pack does not know, which marks what the report does not cover;
//     a part the pack seems to know but no entry answers ("what did he say
//     about the KN-23s?") may be a reading the engine missed;
//     so does a name the pack knows that neither its entries nor the
//     report speak of ("what's Kim Jong Un's take on all this?", see
//     namesUnspoken);
//   - the question does not count apart ("how many were killed and how
//     many wounded?"), where one figure alone would read as the split.
func (e *Engine) answerInPart(a Answer, an analysis, tr *trace) (Answer, bool) {
	if _, _, ok := sides(an); ok || countsBetween(an.words, an.terms) || countsApart(an.words) {
		return a, false
	}
	parts, own := an.clausesOwn()
	if len(parts) < 2 {
		return a, false
	}
	var found []candidate
	var missing []analysis
	for k, part := range parts {
		c, ok := e.askAgain(part, tr)
		switch {
		case !ok:
			if _, alone := asksAlone(part); !alone && !slices.ContainsFunc(own[k], func(t term) bool { return t.kind == "" && slices.Contains(an.unknown, t.text) }) && !e.namesUnspoken(own[k]) {
				tr.note("not answered in part: a part the pack seems to know is not answered")
				return a, false
			}
			missing = append(missing, part)
		case (len(part.terms) > len(own[k]) || refersBack(an.words, own, k)) && !namedBack(part, own, k):
			tr.note("not answered in part: an answered part refers to another")
			return a, false
		case slices.ContainsFunc(found, func(f candidate) bool { return f.entry == c.entry }):
			return a, false // one entry for two parts: it answers neither as asked
		default:
			found = append(found, c)
		}
	}
	if len(found) == 0 || len(missing) == 0 {
		return a, false
	}
	tr.note("answered in part: the report does not answer every part")
	a = e.combine(a, found, tr)
	a.Text += " " + e.partLine(missing)
	a.reread = true
	return a, true
}

// refersBack reports whether the k-th part, whose terms own[k] are among
// ws, has a word that refers to a part before it ("it", "they",
// "those"); the first part's "it" is of what was said before ("who
// proposed it and how many POWs are there?").
func refersBack(ws []string, own [][]term, k int) bool {
	if k == 0 {
		return false
	}
	// from the "and" that opens it: "... and what did he say?" refers
	// back by a word before its first term
	from, to := opening(ws, own[k-1], own[k]), len(ws)
	if k+1 < len(own) {
		to = own[k+1][0].pos
	}
	return slices.ContainsFunc(ws[from:to], func(w string) bool {
		_, ref := refWords[w]
		return ref || w == "those" || w == "these"
	})
}

// namedBack reports whether the k-th part refers back only by a personal
// pronoun ("he", "they") to the one name of the part before that it
// borrowed for it: "how many nk guys got captured and where are they
// fighting?" asks where North Korea's troops fight. Not "it", "those" or
// "these", which are as often what the part before asks for ("when did
// the call happen and how long did it last?"), nor a pronoun that borrowed
// no name ("who is South Korea's president, and what did he say?", of a
// president the report does not name), nor a part that borrows the whole
// topic of another.
func namedBack(part analysis, own [][]term, k int) bool {
	if k == 0 || !slices.ContainsFunc(own[k], func(t term) bool { return t.kind != KindQuestion }) {
		return false
	}
	var borrowed []term
	for _, t := range part.terms {
		if !slices.ContainsFunc(own[k], func(o term) bool { return o.pos == t.pos && o.text == t.text }) {
			borrowed = append(borrowed, t)
		}
	}
	if len(borrowed) != 1 || borrowed[0].kind != KindEntity {
		return false
	}
	ws := part.words
	from, to := opening(ws, own[k-1], own[k]), len(ws)
	if k+1 < len(own) {
		to = own[k+1][0].pos
	}
	personal := false
	for _, w := range ws[from:to] {
		r, ref := refWords[w]
		switch {
		case w == "those" || w == "these" || ref && r.want == "it":
			return false
		case ref:
			personal = true
		}
	}
	return personal
}

// partLine is the pack's line saying the parts missing are not in the
// report: "The report doesn't say how many." of a part that asks by a
// question word that reads alone (see asksAlone), else that it does not
// answer the other part, or the rest.
func (e *Engine) partLine(missing []analysis) string {
	l := e.pack.Talk.Lines
	if len(missing) > 1 {
		return l.NotRest
	}
	if asks, ok := asksAlone(missing[0]); ok {
		return strings.ReplaceAll(l.NotPartAsks, "{asks}", asks)
	}
	return l.NotPart
}

// asksAlone returns the question word a part opens with, as written, when
// it says by itself what is not answered: "how many", "why", "when",
// "where", "who"; not "what" or "which", which ask of a thing they do not
// name.
func asksAlone(part analysis) (string, bool) {
	i := slices.IndexFunc(part.terms, func(t term) bool { return t.kind == KindQuestion })
	if i < 0 {
		return "", false
	}
	t := part.terms[i]
	ws := part.words[t.pos:t.end]
	if len(ws) == 0 || !alonePartWords[ws[0]] {
		return "", false
	}
	return strings.Join(ws, " "), true
}

// alonePartWords open the question words that say what they ask alone.
var alonePartWords = setOf("how", "why", "when", "where", "who", "whom")

// namesUnspoken reports whether terms name an entity that no entry of the
// pack and no sentence of the report speaks of: the pack knows the name
// only to tell that the report does not cover it (Kim Jong Un, China).
func (e *Engine) namesUnspoken(terms []term) bool {
	return slices.ContainsFunc(terms, func(t term) bool {
		return t.kind == KindEntity && len(e.docPost[t.text]) == 0 && (e.sentences == nil || len(e.sentences.docPost[t.text]) == 0)
	})
}
