package knowledge

import (
	"slices"
	"strings"
)

// A fragment of the last question ("and in February?") is one of the
// ways a follow-up is read: see followup.go for the others.

var (
	// leads open a fragment: "and in February?", "what about Russia?".
	leads = [][]string{{"and", "what", "about"}, {"but", "what", "about"}, {"so", "what", "about"}, {"what", "about"},
		{"how", "about"}, {"what", "of"}, {"and", "for"}, {"same", "for"}, {"and"}, {"or"}, {"also"}, {"so"}, {"but"}, {"then"},
		{"like"}, {"such", "as"}, {"for", "example"}, {"for", "instance"}, {"with"}}
	// narrowing leads say more of the last question, not another topic
	// ("like weapons?", "with weapons too?")
	narrowing = setOf("like", "such", "for", "with")
)

// merge reads ws as a fragment of the conversation's last question, if it
// is one: each of its parts replaces the last question's part of the same
// kind ("and in February?" its date, "why?" its question word, "what
// about Russia?" its country). ok is false for a question that stands
// alone, or when there is no last question.
func (e *Engine) merge(c Conversation, ws []string, tr *trace) ([]string, bool) {
	if len(c.base) > 0 && slices.ContainsFunc(ws, func(w string) bool { return peopleNounFilter.may(w) && peopleNouns[w] }) && asksPeopleNamed(e.an.analyzeWords(ws, true)) {
		return nil, false // "who are the main people?": a question of its own, with no topic
	}
	base := c.base
	if at := asideStart(base); at > 0 && slices.ContainsFunc(e.an.analyzeWords(ws, true).terms, func(t term) bool { return t.kind == KindEntity || t.kind == KindRole }) {
		// "what about the Joint Chiefs?" after "did Cho say anything
		// beyond the POW offer?": what was set aside was his, not
		// theirs
		base = base[:at]
	}
	return e.mergeInto(base, ws, false, tr)
}

// asideStart returns where the words that set something aside begin
// ("beyond the POW offer", "apart from the offer"), or 0.
func asideStart(ws []string) int {
	from := asideFrom(ws)
	if from == 0 {
		return 0
	}
	if from >= 2 && setAside[ws[from-2]+" "+ws[from-1]] {
		return from - 2
	}
	return from - 1
}

// mergeInto merges ws into the question base, as merge does; with force,
// whether or not ws reads as a fragment ("how did that number change by
// February?" is the question of that number, for February). tr, if
// any, is the turn's (see reads.go).
func (e *Engine) mergeInto(baseWords, ws []string, force bool, tr *trace) ([]string, bool) {
	f, ok := e.readFragment(baseWords, ws, force, tr)
	if !ok {
		return nil, false
	}
	p := f.byKind()
	var rw rewrite
	if len(p.asks) > 0 {
		rw.askInstead(f, p.asks)
	}
	if len(p.dates) > 0 {
		rw.dateInstead(f, p.dates)
		rw.dropFigureSource(f, p.dates)
	}
	if len(p.measures) > 0 {
		rw.measureInstead(f, p.measures)
	}
	p.words = rw.roleInstead(f, p.words)
	if len(p.names) > 0 && len(p.asks)+len(p.dates)+len(p.measures)+len(p.words) == 0 && rw.relationInstead(f) {
		// "and toward the NK POWs?": the names after the same word
	} else if !e.namesInstead(&rw, f, p) {
		return nil, false // a name of its own kind: a question of its own
	}
	if len(p.asks)+len(p.dates)+len(p.measures)+len(p.names) == 0 {
		// nothing of the last question is replaced
		if len(f.an.unknown) > 0 && len(p.words) == 0 {
			if !rw.unknownNameInstead(f) {
				return nil, false
			}
		} else if !f.narrowed {
			return nil, false // "and missiles?": a topic of its own
		}
	}
	rw.addWords(f, p.words)
	return rw.apply(f.last), true
}

// A fragment is a follow-up that reads as part of the last question: the
// two are read apart, as words and as the engine's terms, so that each
// part of the fragment can find its like in the last question.
type fragment struct {
	last []string // the last question's words
	base analysis // the last question, read
	rest []string // the fragment's words, after its lead
	an   analysis // rest, read
	// led says a lead opened it ("and", "what about"); narrowed that the
	// lead says more of the last question ("like weapons?").
	led, narrowed bool
}

// readFragment reads ws as a fragment of the question last. ok is false
// when it reads as a question of its own, unless force: a question read
// into the last one would be answered as a question nobody asked.
func (e *Engine) readFragment(last, ws []string, force bool, tr *trace) (fragment, bool) {
	if len(last) == 0 || len(ws) == 0 {
		return fragment{}, false
	}
	l, rest, led := cutLead(ws)
	narrowed := led && narrowing[l[0]]
	if led && len(rest) > 2 && asksAsQuestion(rest) && !fragmentAsks(rest) && !force {
		return fragment{}, false // "and who is the source of this news?"
	}
	if led && !force && topicThenQuestion(rest) {
		return fragment{}, false // "and this collaborative approach, with whom is it?"
	}
	if !led && len(rest) > 4 && !force && !slices.ContainsFunc(rest, isQuestionWord) {
		return fragment{}, false // a question of its own words, not read twice
	}
	if !led && len(rest) > 4 && !force && placeClause(rest) {
		// "whats the name of the region where they fight?": its clause
		// names what it asks of, which its reading drops (see
		// dropRelative), so it is no bare question word
		return fragment{}, false
	}
	fr := tr.analyzeWords(e.an, rest, true, true) // often the question answer reads
	if len(fr.terms) == 0 && len(fr.unknown) == 0 {
		return fragment{}, false
	}
	onlyAsks := !fr.asks()
	if !led && len(rest) > 4 && !onlyAsks && !force {
		return fragment{}, false
	}
	if led && !narrowed && !force && !onlyAsks && saysWhatOfWhom(fr) && len(findReferences(rest)) == 0 {
		// "and South Korea wants them?": a question of its own, after "and"
		return fragment{}, false
	}
	base := tr.readAnalysis(e.an, last, true, false) // (kept by settle; only read)
	// short, and asking nothing on its own ("by feb?") or of nothing new
	// ("sent where?")
	inBase := !slices.ContainsFunc(fr.terms, func(t term) bool {
		return t.kind != KindQuestion && !slices.ContainsFunc(base.terms, func(b term) bool { return b.text == t.text })
	}) && len(fr.unknown) == 0
	short := len(rest) <= 4 && (!asksOnItsOwn(rest, fr) || inBase || sameAskDated(fr, base))
	if !(led && len(rest) <= 7 || onlyAsks || short || force) {
		return fragment{}, false
	}
	return fragment{last: last, base: base, rest: rest, an: fr, led: led, narrowed: narrowed}, true
}

// fragmentParts are a fragment's terms by kind: a part replaces the last
// question's part of the same kind, and plain words say more of it.
type fragmentParts struct {
	asks, dates, measures, names, words []term
}

// byKind sorts the fragment's terms into its parts.
func (f fragment) byKind() fragmentParts {
	var p fragmentParts
	for _, t := range f.an.terms {
		switch {
		case namesFigure(f.rest, t):
			// "and the 4000 figure?": the figure it names, not a
			// question of how many in the place of "when"
		case t.kind == KindQuestion || t.text == howTerm && !f.an.asks():
			p.asks = append(p.asks, t)
		case t.kind == KindKey && dateKey(t.text) || isNumber(t.text) || monthsAndPeriods[t.text]:
			p.dates = append(p.dates, t) // a month the pack does not know is a date too ("March")
		case t.kind == KindKey:
			p.measures = append(p.measures, t)
		case t.kind == KindEntity:
			p.names = append(p.names, t)
		case t.kind == KindFiller || t.kind == KindFrame:
		default:
			p.words = append(p.words, t)
		}
	}
	return p
}

// figureDeterminers before a figure noun make it a noun naming a figure
// ("the figure", "that number"), not a question of how many.
var figureDeterminers = setOf("the", "that", "this", "those", "these")

// namesFigure reports whether the question term t of a fragment's words ws
// is a figure noun ("figure", "number") after a number or a determiner:
// "the 4000 figure" names a figure the last question may be asked of.
func namesFigure(ws []string, t term) bool {
	if t.kind != KindQuestion || t.end-t.pos != 1 || t.pos == 0 || !figureNouns[ws[t.pos]] {
		return false
	}
	before := ws[t.pos-1]
	return isNumber(before) || figureDeterminers[before]
}

// A rewrite is what a fragment does to the last question: edits of its
// words, made together once all are known (see apply), and words said
// after it.
type rewrite struct {
	edits []edit
	tail  []string
}

// An edit puts with in the place of the last question's words [from, to).
type edit struct {
	from, to int
	with     []string
}

// askInstead asks the fragment's question of the last question ("why?",
// "since when?"): in the place of its question word, or before it when it
// has none, so that the question keeps one.
func (rw *rewrite) askInstead(f fragment, asks []term) {
	from := asks[0].pos
	for from > 0 && stopWords[f.rest[from-1]] {
		from-- // "to whom", "since when"
	}
	span := f.rest[from:asks[len(asks)-1].end]
	at := slices.IndexFunc(f.base.terms, func(t term) bool { return t.kind == KindQuestion || t.text == howTerm })
	switch {
	case at >= 0:
		q := f.base.terms[at]
		from := q.pos
		if from > 0 && (f.last[from-1] == "what" || f.last[from-1] == "which") {
			from--
		}
		rw.edits = append(rw.edits, edit{from, q.end, span})
		rw.dropRestated(f, q)
	case len(f.last) > 0 && (f.last[0] == "what" || f.last[0] == "which"):
		rw.edits = append(rw.edits, edit{0, 1, span})
	default:
		rw.edits = append(rw.edits, edit{0, 0, span})
	}
}

// dropRestated drops the last question's later words that ask its
// question q again ("where are they fighting, like what area?"): asked
// instead, the fragment's question would be asked beside the old one.
func (rw *rewrite) dropRestated(f fragment, q term) {
	for _, t := range f.base.terms {
		if t.pos < q.end || t.kind != KindQuestion || t.text != q.text {
			continue
		}
		from := t.pos
		if from > 0 && (f.last[from-1] == "what" || f.last[from-1] == "which") {
			from--
		}
		if from > 0 && restating[f.last[from-1]] {
			from-- // "like what area", "or which region"
		}
		rw.edits = append(rw.edits, edit{from, t.end, nil})
	}
}

// restating words open a question asked again in other words.
var restating = setOf("like", "or", "ie")

// dateInstead drops the last question's dates, with what goes with them
// ("as of January"), and says the fragment's at the end: two dates would
// ask of neither.
func (rw *rewrite) dateInstead(f fragment, dates []term) {
	for _, t := range f.base.terms {
		if t.kind == KindKey && dateKey(t.text) || isNumber(t.text) && !slices.ContainsFunc(measuresOf(f.base), func(m term) bool { return m.pos == t.pos }) {
			from := t.pos
			for from > 0 && datePreps[f.last[from-1]] {
				from--
			}
			rw.edits = append(rw.edits, edit{from, t.end, nil})
		}
	}
	from := dates[0].pos
	for from > 0 && datePreps[f.rest[from-1]] {
		from--
	}
	rw.tail = append(rw.tail, f.rest[from:dates[len(dates)-1].end]...)
}

// measureInstead puts the fragment's measures ("and injured?") in the
// place of the last question's, or after it when it has none.
func (rw *rewrite) measureInstead(f fragment, measures []term) {
	ms := measuresOf(f.base)
	span := f.rest[measures[0].pos:measures[len(measures)-1].end]
	if len(ms) > 0 {
		rw.edits = append(rw.edits, edit{ms[0].pos, ms[len(ms)-1].end, span})
	} else if from, to, ok := verbOfMeasure(f); ok {
		rw.edits = append(rw.edits, edit{from, to, span})
	} else {
		rw.tail = append(rw.tail, span...)
	}
}

// namesInstead puts each name of the fragment in the place of the last
// question's last name of its class ("Was it Russia? Or Ukraine?"), a
// possessive kept. It is false for a name the last question has none of
// its class for, which makes a question of its own.
func (e *Engine) namesInstead(rw *rewrite, f fragment, p fragmentParts) bool {
	for _, n := range p.names {
		cls := e.referentInfo[n.text].class
		at, across := -1, false // the last of its class ("Was it Russia? Or Ukraine?")
		for k, same := range []func(string) bool{
			func(c string) bool { return c == cls },
			// or, failing that, the last who speaks for others: "what
			// did the Joint Chiefs say?" "and Budanov?"
			func(c string) bool { return speakers[cls] && speakers[c] },
		} {
			headed := false // a name that stands alone, not one before a noun
			for i, t := range f.base.terms {
				if t.kind == KindEntity && t.text != n.text && same(e.referentInfo[t.text].class) && cls != "" && !slices.ContainsFunc(p.names, func(o term) bool { return o.text == t.text }) {
					// a name standing alone ("the US?") takes the place
					// of one that stands alone before one that only says
					// whose a noun is: "did Russia confirm the North
					// Korean troops were there?" "what about the US?"
					// asks whether the US did
					if alone := !t.qualifier; !n.qualifier && headed && !alone {
						continue
					} else if !n.qualifier && alone {
						headed = true
					}
					at = i
				}
			}
			if at >= 0 {
				across = k > 0
				break
			}
		}
		if at < 0 && f.led && (n.qualifier || n.end == len(f.rest)) && len(p.names) == 1 && len(p.words) == 0 && !e.personAsked(f.base) {
			// "and Russia's?": the last question, of Russia
			rw.tail = append(rw.tail, f.rest[n.pos:]...)
			continue
		}
		if at < 0 {
			return false
		}
		if slices.ContainsFunc(f.base.terms, func(b term) bool { return b.kind == KindEntity && b.text == n.text }) {
			// "what did Russia say?" after "is North Korea getting
			// missiles from Russia?": a name the last question already
			// has, put in another's place, would ask of it twice, which
			// nobody asked: a question of its own
			return false
		}
		t := f.base.terms[at]
		with := slices.Clone(f.rest[n.pos:n.end])
		if t.qualifier && t.end < len(f.last) && f.last[t.end] == possessive && !slices.Contains(with, possessive) {
			with = append(with, possessive)
		}
		if t.people && !n.people && !n.qualifier {
			// "how many North Koreans died?" "what about Ukraine's
			// side?": how many Ukrainians, a people still, whose
			// count the guards read as such
			if people := e.peopleName(n.text); people != nil {
				with = people
			}
		}
		from, end := t.pos, t.end
		if t.qualifier && end < len(f.last) && f.last[end] == possessive && slices.Contains(with, possessive) {
			end++
		}
		if q := f.base.terms[max(at-1, 0)]; across && at > 0 && q.qualifier && q.end == t.pos {
			from = q.pos // "the South Korean Joint Chiefs" give way to Budanov whole
		}
		rw.edits = append(rw.edits, edit{from, end, with})
	}
	return true
}

// relationWords, opening a fragment of names, say which of the last
// question's names they replace: those after the same word ("What is
// South Korea's stance toward Ukraine?" "and toward the NK POWs?"),
// whatever their kind.
var relationWords = setOf("toward", "towards", "against", "about", "from", "to")

// relationInstead puts the fragment's names, after a relation word, in the
// place of the last question's after the same word. It is false when the
// fragment is not one, or the last question has no such names.
func (rw *rewrite) relationInstead(f fragment) bool {
	if len(f.rest) < 2 || !relationWords[f.rest[0]] {
		return false
	}
	j := slices.Index(f.last, f.rest[0])
	if j < 0 {
		return false
	}
	end := -1
	for _, t := range f.base.terms {
		if t.pos <= j || t.kind != KindEntity && t.kind != KindRole {
			continue
		}
		if t.pos > max(j+1, end) && !(end < 0 && t.pos == j+2 && stopWords[f.last[j+1]]) {
			break // past the names right after it
		}
		end = t.end
	}
	if end < 0 {
		return false
	}
	rw.edits = append(rw.edits, edit{j + 1, end, slices.Clone(f.rest[1:])})
	return true
}

// peopleName is the pack's name for the people of a country, an alias of
// its entity that names them in the plural ("Ukrainians"), or nil.
func (e *Engine) peopleName(concept string) []string {
	for _, sy := range e.pack.Synonyms {
		if sy.Kind != KindEntity || conceptName(sy.Term) != concept {
			continue
		}
		for _, a := range sy.Aliases {
			if ws := splitWords(a); strings.HasSuffix(ws[len(ws)-1], "ans") {
				return ws
			}
		}
	}
	return nil
}

// unknownNameInstead puts the fragment, a name the report never gives
// ("what about China?"), in the place of the last question's first name
// that is no person's. It is false when there is none to replace.
func (rw *rewrite) unknownNameInstead(f fragment) bool {
	at := slices.IndexFunc(f.base.terms, func(t term) bool { return t.kind == KindEntity && !t.person })
	if at < 0 {
		return false
	}
	t := f.base.terms[at]
	rw.edits = append(rw.edits, edit{t.pos, t.end, slices.Clone(f.rest)})
	return true
}

// addWords says after the last question the fragment's plain words it
// does not have: they say more of it ("like weapons?").
func (rw *rewrite) addWords(f fragment, words []term) {
	for _, w := range words {
		if !slices.ContainsFunc(f.base.terms, func(t term) bool { return t.text == w.text }) {
			rw.tail = append(rw.tail, f.rest[w.pos:w.end]...)
		}
	}
}

// apply makes the edits to the words last, the last edit first so that
// the positions of those before it hold; an edit that overlaps one made is
// left out.
func (rw rewrite) apply(last []string) []string {
	out := slices.Clone(last)
	slices.SortFunc(rw.edits, func(a, b edit) int { return b.from - a.from })
	bound := len(out) + 1
	for _, ed := range rw.edits {
		if ed.to > bound {
			continue // overlapping
		}
		out = slices.Concat(out[:ed.from], ed.with, out[ed.to:])
		bound = ed.from
	}
	return append(out, rw.tail...)
}

// saysWhatOfWhom reports whether a fragment says something of a name: a
// plain word or an act beside a name or a key word ("South Korea want
// them", "North Korea casualty in January"), which makes a question.
func saysWhatOfWhom(an analysis) bool {
	word := slices.ContainsFunc(an.terms, func(t term) bool { return t.kind == KindWord || t.kind == KindAct })
	named := slices.ContainsFunc(an.terms, func(t term) bool { return t.kind == KindEntity || t.kind == KindKey })
	return word && named
}

// fragmentAsks reports whether ws, after a lead, asks only a kind of
// question of the last one ("and how many?", "and since when?").
func fragmentAsks(ws []string) bool {
	for _, w := range ws {
		if !whWords[w] && w != "when" && w != "many" && w != "much" && w != "since" && w != "long" && w != "then" && w != "exactly" && !finerPlace[w] {
			return false
		}
	}
	return true
}

// bareAsk reports whether ws only asks, with a question word, a kind of
// question of the last one: "since when", "why?", "how many exactly".
func bareAsk(ws []string) bool {
	return fragmentAsks(ws) && slices.ContainsFunc(ws, isQuestionWord)
}

// isFragment reports whether ws opens as a fragment of a question before
// it ("and in February?", "or Ukraine?").
func (e *Engine) isFragment(ws []string) bool {
	_, rest, ok := cutLead(ws)
	return ok && len(rest) <= 7
}

// cutLead returns the lead that opens ws ("and what about", "or") and
// the words after it, or ws itself and false when none does or nothing
// follows it. leads lists a longer lead before any it opens with, so
// the first found is the longest.
func cutLead(ws []string) (lead, rest []string, ok bool) {
	for _, l := range leads {
		if len(ws) > len(l) && slices.Equal(ws[:len(l)], l) {
			return l, ws[len(l):], true
		}
	}
	return nil, ws, false
}

// asksOnItsOwn reports whether a short question has both a question word
// and a topic ("who is Cho?", "budanov role?" has no question word).
func asksOnItsOwn(ws []string, an analysis) bool {
	if !an.asks() {
		return false
	}
	return whWords[ws[0]] || questionStarts[ws[0]] || slices.ContainsFunc(an.terms, func(t term) bool { return t.kind == KindQuestion })
}

// measuresOf lists the measures among a question's terms (killed,
// injured): the key words that are no date.
func measuresOf(an analysis) []term {
	var out []term
	for _, t := range an.terms {
		if t.kind == KindKey && !dateKey(t.text) {
			out = append(out, t)
		}
	}
	return out
}

// dateKey reports whether a key word is a date: a month, a year or a
// period ("last year").
func dateKey(t string) bool {
	return monthsAndPeriods[t] || isNumber(t) && len(t) == 4 && (t[0] == '1' || t[0] == '2')
}

var (
	monthsAndPeriods = setOf("january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "last_year", "this_year", "next_year")
	// datePreps go with a date: "as of January", "by early February".
	datePreps = setOf("as", "of", "by", "in", "until", "till", "since", "on", "at", "during", "early", "late", "mid", "end", "start", "the", "for", "from")
)

// speakers are the classes of referents that speak for others: a person
// or a body may stand in the other's place in a follow-up.
var speakers = setOf("person", "body")

// placeClause reports whether ws has a clause that says which place is
// meant ("the region where they fight"): a "where" after its first word,
// with words after it.
func placeClause(ws []string) bool {
	i := slices.Index(ws, "where")
	return i > 0 && i+1 < len(ws)
}

// topicThenQuestion reports whether ws names a topic and then asks a
// whole question of it: its subject a pronoun that stands for the topic
// ("the kn23 missiles, what are they?"), or a preposition and a question
// word last, its tag dropped ("this collaborative approach, with whom is
// it?"). The topic put first is the question's own, so after a lead it
// is a question of its own, not a fragment whose words would be added to
// the last question. A question word right after the topic with neither
// ("in February, how many?") asks a kind of question of the last one,
// and stays a fragment.
func topicThenQuestion(ws []string) bool {
	for i := 2; i < len(ws); i++ {
		if !isQuestionWord(ws[i]) {
			continue
		}
		if i == len(ws)-1 {
			return i >= 3 && placeOrObject[ws[i-1]]
		}
		return i+2 < len(ws) && (beAux[ws[i+1]] || doAux[ws[i+1]]) && doubtSubjects[ws[i+2]]
	}
	return false
}

// personAsked reports whether a question's reading names a person ("what
// did Cho propose?"): a country after it ("and the US?") is no more of
// that question, whose doer it cannot be, but a topic of its own. What a
// person said is not such a question: a country says too ("what did
// Budanov say?" "what about the south koreans?").
func (e *Engine) personAsked(an analysis) bool {
	person := false
	for _, t := range an.terms {
		switch {
		case t.kind == KindAct:
			return false
		case t.kind == KindEntity && e.referentInfo[t.text].class == "person":
			person = true
		}
	}
	return person
}

// sameAskDated reports whether the fragment fr asks only the last
// question's own question word, of a date ("how many by february?" after
// "how many were killed?"): the last question again, for that date, not
// a question of its own of nothing.
func sameAskDated(fr, base analysis) bool {
	dated := false
	for _, t := range fr.terms {
		switch {
		case t.kind == KindKey && dateKey(t.text):
			dated = true
		case t.kind == KindQuestion && slices.ContainsFunc(base.terms, func(b term) bool { return b.text == t.text }):
		case t.kind == KindQuestion && t.text == howMany && len(measuresOf(base)) > 0:
			// "are many killed?" "by february how many?": how many of
			// the measure the last question asked of
		default:
			return false
		}
	}
	return dated && len(fr.unknown) == 0
}
