package knowledge

import (
	"slices"
	"strings"
)

// maxGiven bounds the entries a conversation remembers having given, for
// "anything else?": the oldest go first.
const maxGiven = 8

// asksMore reports whether ws only asks for more of what was just said:
// "and?", "anything else?", "what else?", "tell me more", "go on". It
// names nothing, so it is of the last answer or of nothing.
func asksMore(ws []string) bool {
	asked := ws
	for len(ws) > 0 && movesOn[ws[0]] {
		ws = ws[1:]
	}
	for len(ws) > 0 && moreTail[ws[len(ws)-1]] {
		ws = ws[:len(ws)-1]
	}
	if n := len(ws); n > 2 && ws[n-2] == "about" && moreOfLast[ws[n-1]] {
		// "tell me more about him": the one the last answer spoke of
		ws = ws[:n-2]
	}
	if len(ws) == 0 {
		// "and?", "so?", "and then?"; not "hmm" or "ok"
		return slices.Contains(asked, "and") || slices.Equal(asked, []string{"so"})
	}
	if examplesAsked[joinWords(ws)] {
		// "like what?", "for example?": an instance of what was just
		// said, which the report tells, if at all, in what it relates
		return true
	}
	more := false
	for i, w := range ws {
		switch {
		case w == "else" || w == "more" || w == "continue":
			more = true
		case w == "on" && i > 0 && ws[i-1] == "go":
			more = true
		case !moreFrame[w]:
			return false
		}
	}
	return more
}

// moreTail are the words that may end a request for more ("anything
// else then?"); movesOn open one ("ok so anything else?").
var moreTail = setOf("then", "tho", "though", "please", "pls", "plz", "lol")

// moreOfLast are the pronouns of "tell me more about him", which name
// nothing but what the last answer was of.
var moreOfLast = setOf("him", "her", "it", "them", "that", "this")

// examplesAsked are the requests, alone, for an example of what was just
// said.
var examplesAsked = setOf("like what", "such as", "such as what", "for example", "for instance", "example", "examples", "any examples", "an example", "give an example", "give me an example")

// moreFrame are the words that ask for more around "else" or "more":
// "is there anything else it says?", "tell me more", "what more does the
// report say".
var moreFrame = setOf("anything", "something", "what", "is", "there", "does", "do", "did", "it", "say", "says",
	"the", "report", "article", "tell", "me", "us", "any", "go", "can", "you", "could", "mention", "mentions", "else's", "of", "interest")

// nextGiven answers "anything else?" with the next entry on the last
// answer's topic that the conversation has not given: the last entry's
// related entries, those of its own topic first. With no last answer, or
// after a question turned down, ok is false and the question is read as
// any other (with nothing to ask of, it is not answered). When every
// related entry was given, the report has nothing more on it.
func (e *Engine) nextGiven(c Conversation, q string, ws []string, tr *trace) (Answer, Conversation, bool) {
	if c.entry > 0 && c.declined && asksMore(ws) && !examplesAsked[joinWords(ws)] {
		// "tell me more" after a question turned down: more of nothing
		// given, and merged into that question its "more" would ask of
		// whatever speaks of more (more troops)
		tr.note("asks for more, and the last question was turned down")
		return e.notOfIt(q), c, true
	}
	if c.entry == 0 || c.declined || !asksMore(ws) {
		return Answer{}, Conversation{}, false
	}
	last := e.pack.Entries[c.entry-1]
	var same, other []int
	for _, id := range last.Related {
		i, ok := e.byID[id]
		if !ok || i == c.entry-1 || slices.Contains(c.with, i) || slices.Contains(c.given, i) {
			continue
		}
		if e.pack.Entries[i].Topic == last.Topic {
			same = append(same, i)
		} else {
			other = append(other, i)
		}
	}
	if asksNextInTime(ws) {
		// what the report tells next, of the same topic before another
		same, other = e.byWhatFollows(c.entry-1, same), e.byWhatFollows(c.entry-1, other)
	}
	next := slices.Concat(same, other)
	if len(next) == 0 {
		tr.note("asks for more of the last answer, and every entry related to it was given")
		return e.notOfIt(q), c, true
	}
	en := next[0]
	tr.chose(e.pack.Entries[en].ID, "asks for more of the last answer: the next related entry not given")
	a := e.givenAnswer(q, en)
	// the last question asked stays the one a fragment is of ("and?"
	// "and the joint chiefs?" asks what they said)
	return a, e.remember(c, c.base, a), true
}

// asksNextInTime reports whether a request for more asks what came next:
// "and then?", "then?" ask what happened after what was just said, which
// the report tells after it; "anything else then?" asks for more of any.
func asksNextInTime(ws []string) bool {
	then := false
	for _, w := range ws {
		switch {
		case w == "then":
			then = true
		case !movesOn[w] && w != "and":
			return false
		}
	}
	return then
}

// byWhatFollows orders entries for "and then?": first those the report
// tells after the entry last given, the nearest first, then the rest as
// they were.
func (e *Engine) byWhatFollows(last int, entries []int) []int {
	lp, lo, ok := e.citedAt(last)
	if !ok {
		return entries
	}
	type placed struct{ en, p, o int }
	var after []placed
	var rest []int
	for _, en := range entries {
		p, o, ok := e.citedAt(en)
		if ok && (p > lp || p == lp && o > lo) {
			after = append(after, placed{en, p, o})
		} else {
			rest = append(rest, en)
		}
	}
	slices.SortStableFunc(after, func(a, b placed) int {
		if a.p != b.p {
			return a.p - b.p
		}
		return a.o - b.o
	})
	out := make([]int, 0, len(entries))
	for _, a := range after {
		out = append(out, a.en)
	}
	return append(out, rest...)
}

// citedAt returns where in the report an entry's first citation of a
// paragraph stands (read at load, see answerFacts): the paragraph, and
// the quote's offset in it.
func (e *Engine) citedAt(en int) (para, offset int, ok bool) {
	c := e.facts[en].cited
	return c[0], c[1], c[0] > 0
}

// withGiven returns given with the entries of an answer added, at most
// maxGiven of them, the latest kept: never the slice it was given, which
// an earlier conversation value may still hold.
func withGiven(given []int, entries ...int) []int {
	n := len(given) + len(entries)
	out := make([]int, 0, min(n, maxGiven))
	for i := max(0, n-maxGiven); i < n; i++ { // (the two read as one list, not joined into one)
		if i < len(given) {
			out = append(out, given[i])
		} else {
			out = append(out, entries[i-len(given)])
		}
	}
	return out
}

// saidElse answers "what else did he say?", "did Cho say anything beyond
// the POW offer?": the first entry the report's own words have that
// person say (its said_by citations name them) that the conversation has
// not given, and that is not of what the question sets aside ("besides
// the offer"). ok is false for any other question, or one whose person
// is unclear (it is then asked back as any is).
func (e *Engine) saidElse(c Conversation, q string, ws []string, refs []reference, tr *trace) (Answer, Conversation, bool) {
	at := elseAt(ws)
	if at < 0 {
		return Answer{}, Conversation{}, false
	}
	if len(refs) > 0 {
		rewritten, _, ok := e.resolve(c, ws, refs, tr)
		if !ok {
			return Answer{}, Conversation{}, false
		}
		if rewritten != nil {
			ws = rewritten
			at = elseAt(ws)
			if at < 0 {
				return Answer{}, Conversation{}, false
			}
		}
	}
	from := asideFrom(ws)
	asks := ws
	if from > 0 {
		asks = ws[:from]
	}
	an := e.an.analyzeWords(asks, true)
	says := false
	var persons, roles []string
	for _, t := range an.terms {
		switch {
		case t.kind == KindAct && t.text == "say":
			says = true
		case t.person && !slices.Contains(persons, t.text):
			persons = append(persons, t.text)
		case t.kind == KindRole && !t.people && !slices.Contains(roles, t.text):
			roles = append(roles, t.text) // "the minister"
		case t.person || t.kind == KindRole || t.kind == KindFiller || t.kind == KindFrame:
		default:
			// "who else says so?", "did he say anything else about
			// the missiles?": a question of its own
			return Answer{}, Conversation{}, false
		}
	}
	// the one who said it: a person, else a role that one holds; not
	// two of either
	person := ""
	switch {
	case len(persons) == 1:
		person = persons[0]
	case len(persons) == 0 && len(roles) == 1:
		person = roles[0]
	}
	if !says || person == "" || len(an.unknown) > 0 {
		return Answer{}, Conversation{}, false
	}
	var aside []string // the terms of what is set aside, if anything
	if from > 0 {
		aside = e.asideTerms(ws[from:], person)
	}
	said := e.saidBy(person)
	if len(aside) == 0 && !slices.ContainsFunc(said, func(i int) bool { return i == c.entry-1 || slices.Contains(c.given, i) }) {
		// nothing of theirs given yet: "what else did he say?" asks
		// what he said, as any question does
		return Answer{}, Conversation{}, false
	}
	for _, i := range said {
		if i == c.entry-1 || slices.Contains(c.with, i) || slices.Contains(c.given, i) {
			continue
		}
		if slices.ContainsFunc(aside, func(t string) bool { return e.entries[i].about[t] }) {
			continue
		}
		if e.leadShown(c, i) {
			continue
		}
		tr.chose(e.pack.Entries[i].ID, "asks what else "+person+" said: the first of theirs not given")
		a := e.givenAnswer(q, i)
		return a, e.remember(c, ws, a), true
	}
	tr.note("asks what else " + person + " said, and the report has nothing more")
	return e.notOfIt(q), c, true
}

// elseAt returns where ws says it asks for something other than what was
// said ("else", "besides", "beyond", "apart from", "other than", "aside
// from", "except"), or -1.
func elseAt(ws []string) int {
	if i := slices.Index(ws, "else"); i >= 0 {
		return i
	}
	return asideFrom(ws) - 1
}

// asideFrom returns where the words of what a question sets aside begin
// ("besides the offer", "apart from the POW offer"), or 0.
func asideFrom(ws []string) int {
	for i, w := range ws {
		if i+1 < len(ws) && setAsideFirstsFilter.may(w) && setAsideFirsts[w] && setAside[w+" "+ws[i+1]] {
			return i + 2
		}
		if setAsideFilter.may(w) && setAside[w] {
			return i + 1
		}
	}
	return 0
}

// asideTerms returns the terms of what a question sets aside ("the POW
// offer"), but for the person asked about: its words, or, if it names
// only who or what it is of, those names.
func (e *Engine) asideTerms(ws []string, person string) []string {
	var words, names []string
	for _, t := range e.an.analyzeWords(ws, true).terms {
		switch {
		case t.text == person || t.kind == KindQuestion || t.kind == KindFiller || t.kind == KindFrame || t.kind == KindAct:
		case t.kind == KindEntity || t.kind == KindRole:
			names = append(names, t.text)
		default:
			words = append(words, t.text)
		}
	}
	if len(words) == 0 {
		return names
	}
	return words
}

// saidBy returns the entries the report's own words have the person (or
// the holder of a role) say, in the pack's order: those whose said_by
// citations name them.
func (e *Engine) saidBy(person string) []int { return e.saidByName[person] }

// leadShown reports whether the sentence of the first quote of entry i,
// the one its answer is given by, was quoted (in part or whole) by an
// entry the conversation has given: it says nothing else than what was
// said ("what did the foreign minister propose?" then "what else did he
// say?" is not who proposed it, or how, quoted from the same sentences).
func (e *Engine) leadShown(c Conversation, i int) bool {
	cites := e.pack.Entries[i].Citations
	if len(cites) == 0 {
		return false
	}
	lead := e.sentenceOf(cites[0])
	shown := func(j int) bool {
		return j >= 0 && slices.ContainsFunc(e.pack.Entries[j].Citations, func(ct Citation) bool {
			return ct.Paragraph == cites[0].Paragraph && e.sentenceOf(ct) == lead
		})
	}
	return shown(c.entry-1) || slices.ContainsFunc(c.with, shown) || slices.ContainsFunc(c.given, shown)
}

// sentenceOf returns the sentence of its paragraph a citation quotes from,
// or the quote itself when it is not found there.
func (e *Engine) sentenceOf(ct Citation) string {
	p, _ := e.pack.Paragraph(ct.Paragraph)
	at := strings.Index(p, ct.Quote)
	if at < 0 {
		return ct.Quote
	}
	from := strings.LastIndex(p[:at], ". ") + 1
	end := at + len(ct.Quote)
	to := len(p)
	if strings.HasSuffix(ct.Quote, ".") {
		to = end // a whole sentence, or its end
	} else if n := strings.Index(p[end:], ". "); n >= 0 {
		to = end + n + 1
	}
	return strings.TrimSpace(p[from:to])
}
