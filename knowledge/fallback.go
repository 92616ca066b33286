package knowledge

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The report's own sentences are the engine's second source of answers:
// when no curated entry answers a question, a sentence of the report may,
// and the answer is the sentence itself, cited. It lets a pack answer
// before anyone has curated it (reportbot init), and catches what the
// curated entries miss; curated entries always come first.
//
// Each sentence is indexed as an entry whose question, answer and only
// citation are the sentence, by the same code that indexes curated
// entries, and its candidates go through the same guards, with stricter
// ones before them: a sentence was not written to answer anything, so
// the question must be in it whole (see sentenceGuards).

// sentenceMaxConfidence caps the confidence of an answer from a sentence:
// it is the report's own words, not a curator's answer, and is shown as
// less sure than a curated one.
const sentenceMaxConfidence = 0.8

// sentenceTopic is the topic of an answer from a sentence.
const sentenceTopic = "report"

// newSentenceEngine indexes the report's sentences as entries, reading
// them with e's analyzer, for the answers no curated entry gives. It runs
// while e is built, as e's own entries are indexed.
func (e *Engine) newSentenceEngine() *Engine {
	p := e.pack
	sp := &Pack{Title: p.Title, Covers: p.Covers, Paragraphs: p.Paragraphs, SourceLine: p.SourceLine, Source: p.Source}
	for n, para := range p.Paragraphs {
		for j, s := range sentences(para) {
			sp.Entries = append(sp.Entries, Entry{
				ID: sentenceID(n+1, j+1), Topic: sentenceTopic, Question: s, Answer: s,
				Citations: []Citation{{Paragraph: n + 1, Quote: s}},
			})
		}
	}
	s := &Engine{pack: sp, an: e.an, threshold: e.threshold, guards: sentenceGuards()}
	s.index()
	s.forgetQuestionWords()
	kinds := e.kindTerms()
	for i, en := range sp.Entries {
		sf := e.readSentence(en.Answer, kinds)
		s.entries[i].sentence = sf
		for _, k := range sf.gives {
			// a sentence that gives a number answers "how many" as an
			// entry asked it does: ranked and guarded as one
			s.entries[i].bag[k] = 1
			s.bagPost[k] = append(s.bagPost[k], posting{int32(i), 1})
		}
		// and one that gives a count of a measure ("4,000 fatalities")
		// counts it, as an entry asked "how many died?" does: it answers
		// no count of the people themselves (see measureGuard)
		s.entries[i].countsMeasure = slices.Contains(sf.gives, howMany) &&
			slices.ContainsFunc(sf.an.terms, func(t term) bool { return t.kind == KindKey && !isDate(t) })
	}
	s.weigh()
	s.scratch.New = newScratch(len(s.entries), len(s.docs))
	s.queries.New = func() any { return new(query) }
	s.traces.New = newTrace
	return s
}

// forgetQuestionWords drops the terms of the sentences that the pack
// reads as kinds of question: "sensors will measure salinity" gives no
// measure, and a sentence that says "when" gives no date. Only what a
// sentence gives answers a kind of question (see Gives).
func (e *Engine) forgetQuestionWords() {
	question := func(t string) bool { return e.an.kinds[t] == KindQuestion }
	for i := range e.entries {
		for t := range e.entries[i].bag {
			if question(t) {
				delete(e.entries[i].bag, t)
				delete(e.entries[i].about, t)
			}
		}
	}
	for t := range e.bagPost {
		if question(t) {
			delete(e.bagPost, t)
		}
	}
	for d := range e.docs {
		e.docs[d].terms = slices.DeleteFunc(e.docs[d].terms, func(t string) bool {
			a, b, _ := strings.Cut(t, bigramSep)
			return question(a) || question(b)
		})
	}
}

// sentenceID names the j-th sentence of paragraph n, as Explain and the
// answer's id show it.
func sentenceID(n, j int) string { return fmt.Sprintf("sentence-%d-%d", n, j) }

// fromSentences returns the best sentence no guard turns down, for the
// readings of the question the curated entries were asked.
func (e *Engine) fromSentences(readings []analysis, tr *trace) (Answer, bool) {
	s := e.sentences
	if s == nil {
		return Answer{}, false
	}
	tr.note("no curated entry answers: asked of the report's sentences")
	for i, at := range readings {
		if w, ok := pointsOutside(at.words, at.terms); ok {
			// "who estimated it?": what "it" is, a sentence cannot know
			tr.note(fmt.Sprintf("not asked of the sentences: %q names nothing in the question", w))
			continue
		}
		whatIs := asksWhatIs(at.words, at.terms) || asksName(at.words)
		if _, bare := at.bareName(); bare && !whatIs && i > 0 {
			// a name left alone by asking again asks no sentence's fact
			// (barename.go); a question that is a name alone as it stands
			// ("does the report mention the US?") asks where it is named
			tr.note("not asked of the sentences: a name alone, not asked what it is")
			continue
		}
		if whatIs {
			// "Who is Tomas Reyes?" asks what a sentence says he is, and
			// "the biologist's name" who is the biologist (see
			// definitionGuard), not for any name
			at.terms = slices.DeleteFunc(slices.Clone(at.terms), func(t term) bool { return t.kind == KindQuestion })
		}
		q := s.newQuery(at)
		q.loose = e.looseWords(at)
		if i > 0 {
			tr.again(q)
		}
		c, ok := s.first(q, s.rank(q.unique, at, 3), tr)
		s.freeQuery(q)
		if ok {
			return s.answerWith(Answer{Citations: []Citation{}}, c.entry, min(c.score, sentenceMaxConfidence)), true
		}
	}
	return Answer{}, false
}

// pointsOutside returns a pronoun of the question that stands for
// something it does not name ("it", "them"), if it has one: a curated
// entry, asked that way by its curator, may answer it; a sentence may
// speak of something else.
// A "he" or "she" after a person or a role stands for that one ("What did
// the minister stress when he presented the proposal?").
func pointsOutside(ws []string, ts []term) (string, bool) {
	for i, w := range ws {
		named := func(t term) bool { return t.end <= i && (t.person || t.kind == KindRole) }
		if standIns[w] && !(persons[w] && slices.ContainsFunc(ts, named)) {
			return w, true
		}
	}
	return "", false
}

// looseWords lists the stems of the words of an that a sentence must have
// itself (see everyWordGuard): those that make no term, are no part of a
// filler phrase ("according to the article") and are no function word;
// and those read as a plain synonym ("suggest" for "propose"), which
// stretches a curated entry to other words, but may take a sentence's
// word in another sense.
func (e *Engine) looseWords(an analysis) []string {
	covered := make([]bool, len(an.words))
	stems := make([]string, len(an.words))
	for i, w := range an.words {
		stems[i] = e.an.stem(w)
	}
	ts, _ := e.an.readTerms(an.words, stems, false, false)
	for _, t := range slices.Concat(an.terms, ts) {
		if t.kind == KindWord {
			continue // a plain synonym stretches a curated entry, not a sentence
		}
		for i := t.pos; i < t.end && i < len(covered); i++ {
			covered[i] = true
		}
	}
	for i := 0; i < len(stems); {
		// the words of a filler phrase frame the question ("described
		// as", "according to the article"): no sentence need have them
		p, ok := e.an.match(stems, i, true)
		if !ok {
			i++
			continue
		}
		for j := i; j < i+len(p.stems) && p.kind == KindFiller; j++ {
			covered[j] = true
		}
		i += len(p.stems)
	}
	var out []string
	for i, w := range an.words {
		if !covered[i] && !sentenceFunctionWords[w] && !greetings[w] && !slices.Contains(out, stems[i]) {
			out = append(out, stems[i])
		}
	}
	return out
}

// answerKind is a kind of question a sentence can answer without being
// asked it, and how to tell that it does.
type answerKind struct {
	// word is how a question asks it ("how many"): the pack's synonyms
	// read it as the term the sentence is given.
	word string
	// answers tells whether the text gives the answer, from its words as
	// written (raw) and as the engine reads them; a capital at raw[0]
	// starts a sentence, and names nothing.
	answers func(raw, words []string) bool
}

// answerKinds are the kinds of question a sentence answers by what it
// gives. A question of any other kind ("why") is answered only by a
// sentence that says the word, as a curated entry would.
var answerKinds = []answerKind{
	{"how many", givesCount},
	{"how long", givesDuration},
	{"when", givesDate},
	{"where", givesPlace},
	{"who", givesName},
}

// Gives lists the kinds of question a sentence answers by what it gives,
// as a question words them: "how many" (a number), "how long" (a span of
// time), "when" (a date), "where" (a place), "who" (a name).
func Gives(sentence string) []string {
	raw, words := rawWords(sentence), splitWords(sentence)
	var out []string
	for _, k := range answerKinds {
		if k.answers(raw, words) {
			out = append(out, k.word)
		}
	}
	return out
}

// kindTerms maps each kind of answerKinds to the term this pack reads it
// as. A kind the pack does not read as a question is left out: its
// questions are never given by a sentence (the contract guarantees most).
func (e *Engine) kindTerms() map[string]string {
	out := map[string]string{}
	for _, k := range answerKinds {
		an := e.an.analyzeWords(splitWords(k.word), false)
		if len(an.terms) == 1 && an.terms[0].kind == KindQuestion {
			out[k.word] = an.terms[0].text
		}
	}
	return out
}

// rawWords cuts a sentence into its words as written, case kept, for
// telling names from other words; a comma between digits ("42,000") is
// part of its number.
func rawWords(s string) []string {
	return strings.FieldsFunc(markDigitCommas(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\'' && r != '’' && r != digitComma
	})
}

// digitComma stands for a comma between digits, which groups them
// ("42,000") and parts no clause nor word (see markDigitCommas).
const digitComma = '\uE000'

// markDigitCommas replaces each comma between two digits with digitComma.
func markDigitCommas(s string) string {
	if !strings.Contains(s, ",") {
		return s
	}
	b := []byte(s)
	var out strings.Builder
	for i := 0; i < len(b); i++ {
		if b[i] == ',' && i > 0 && i+1 < len(b) && isDigit(b[i-1]) && isDigit(b[i+1]) {
			out.WriteRune(digitComma)
			continue
		}
		out.WriteByte(b[i])
	}
	return out.String()
}

// givesCount: a number that is not a year ("over 3,000 soldiers").
func givesCount(_, words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return isNumber(w) && !isYear(w) })
}

// givesDuration: a number of units of time ("26 months", "ten years").
func givesDuration(_, words []string) bool {
	for i := 0; i+1 < len(words); i++ {
		if isNumber(words[i]) && durationWords[words[i+1]] {
			return true
		}
	}
	return false
}

// givesDate: a month, a day, a year or a time relative to now ("last
// year", "in January 2025", "on Monday").
func givesDate(raw, words []string) bool {
	for i, w := range words {
		switch {
		case isYear(w) || strings.HasSuffix(w, "s") && isYear(strings.TrimSuffix(w, "s")): // 2025, 1950s
			return true
		case dateWords[w]:
			return true
		case (w == "last" || w == "next" || w == "this" || w == "past") && i+1 < len(words) && periodWords[words[i+1]]:
			return true
		}
	}
	for i, w := range raw {
		if i > 0 && monthNames[strings.ToLower(w)] && isCapital(w) {
			return true // "May", not "may"
		}
	}
	return false
}

// givesPlace: a name after "in", "at", "to" and the like ("in Kursk").
func givesPlace(raw, _ []string) bool {
	for i := 1; i < len(raw); i++ {
		if placePrepositions[strings.ToLower(raw[i-1])] && isName(raw[i]) {
			return true
		}
	}
	return false
}

// givesName: a name, written with a capital, that does not start the
// sentence and is no place ("said Ana Ruiz", "built by Nordhaven Water";
// not "the hills above Saltmere").
func givesName(raw, _ []string) bool {
	for i := 1; i < len(raw); i++ {
		if !isName(raw[i]) || isName(raw[i-1]) || connectors[raw[i-1]] && i > 1 && isName(raw[i-2]) {
			continue // not the first word of a name
		}
		prev := strings.ToLower(raw[i-1])
		if prev == "the" && i > 1 {
			prev = strings.ToLower(raw[i-2])
		}
		if !placePrepositions[prev] {
			return true
		}
	}
	return false
}

// isName: a word written with a capital that is not a date.
func isName(w string) bool {
	lw := strings.ToLower(w)
	return isCapital(w) && !monthNames[lw] && !dateWords[lw]
}

func isCapital(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isYear: a number from 1800 to 2199, as written for a year.
func isYear(w string) bool {
	return len(w) == 4 && isNumber(w) && (w[:2] == "18" || w[:2] == "19" || w[:2] == "20" || w[:2] == "21")
}

var (
	monthNames = setOf(monthOrder...)
	// dateWords say when without a number; "may" is among the months
	// only when written "May" (see givesDate).
	dateWords = setOf("january", "february", "march", "april", "june", "july", "august",
		"september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
		"sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
		"saturday", "sunday", "yesterday", "today", "tomorrow", "tonight", "ago")
	// calendarUnits are the units of time a duration counts and a "which"
	// asks when of; durationWords add the shorter and longer units
	// ("26 months", "three hours"), timeNouns (thingoftime.go) other
	// nouns of a time ("which date").
	calendarUnits = setOf("day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades")
	durationWords = withWords(calendarUnits, durationOwn...)
	durationOwn   = []string{"second", "seconds", "minute", "minutes", "hour", "hours", "century", "centuries"}
	// standIns are the pronouns that stand for things or persons said
	// before (see pointsOutside): "it", "those" ("How many of those were
	// killed?"); not "their", which says whose, often within the question.
	standIns       = setOf("it", "they", "them", "he", "him", "she", "these", "those")
	persons        = setOf("he", "she")
	relatives      = setOf("that", "which", "who")
	demonstratives = setOf("this", "these", "those", "such")
	// possessivePronouns name a thing by whose it is, said before it
	// ("their weapon systems"), not which it is (see whichGuard).
	possessivePronouns = setOf("its", "their", "his", "her", "our")
	periodWords        = setOf("week", "weekend", "month", "year", "spring", "summer", "autumn", "fall", "winter", "decade", "century")
	// placePrepositions put a name as a place: "in Kursk", "off Gull Point".
	placePrepositions = setOf("in", "at", "near", "from", "into", "inside", "outside", "within", "across", "throughout",
		"to", "on", "off", "above", "below", "over", "under", "around", "beyond", "behind", "towards", "toward", "through")
	// connectors join the words of one name ("University of Porto").
	connectors = setOf("of", "de", "da", "do", "dos", "van", "von", "der", "del", "la", "le", "al", "bin")
)

// sentenceFacts are what the guards of a sentence read of it, beyond what
// they read of any entry.
type sentenceFacts struct {
	// words are the stems of all its words, stop words too (see
	// everyWordGuard).
	words map[string]bool
	// agentless are the verbs it puts in the passive without saying by
	// whom ("are estimated to have"): see whoDoesGuard.
	agentless map[string]bool
	// gives are the terms of the kinds of question it answers (see Gives).
	gives []string
	// clauses are its parts between commas and the like, each with its
	// terms and the kinds of question it answers (see nearGuard).
	clauses []clause
	// appositions say what or who a thing is: "Tomas Reyes, a marine
	// biologist", "Saltmere is the third town" (see definitionGuard).
	appositions []apposition
	// owns holds, for each term, the terms it says are its: "Ukraine's
	// foreign minister", "the head of Defense Intelligence" (see
	// ownerGuard); an is the sentence as read, for what it says in other
	// words (see ownsOf).
	owns relation
	an   analysis
	// relative maps a word to the term a relative clause says does it:
	// "a solar farm that opened in 2023" (see statedGuard).
	relative relation
	// referred are the terms it names as "this", "these", "those" or
	// "such" one, said before it, or as "its" or "their" one (see
	// whichGuard).
	referred map[string]bool
}

// An apposition is a thing and what the sentence says it is, each as the
// terms of its words.
type apposition struct{ thing, is map[string]bool }

// A clause is a part of a sentence between commas, semicolons, colons,
// dashes or brackets.
type clause struct {
	terms map[string]bool
	gives []string
}

// readSentence reads the facts of a sentence, with kinds mapping each
// kind of answer to the pack's term for it.
func (e *Engine) readSentence(text string, kinds map[string]string) *sentenceFacts {
	sf := &sentenceFacts{words: map[string]bool{}, referred: map[string]bool{}, agentless: map[string]bool{}}
	ws := splitWords(text)
	for i, w := range ws {
		sf.words[e.an.stem(w)] = true
		if i > 0 && beForms[ws[i-1]] && !slices.Contains(ws[i+1:min(i+5, len(ws))], "by") {
			sf.agentless[e.an.sense(w)] = true // "are estimated to have"
		}
	}
	an := e.an.analyze(text, false)
	sf.an = an
	sf.owns = ownedBy(an.words, an.terms, true)
	sf.relative = relativeDoers(an.words, an.terms)
	for _, t := range an.terms {
		for i := max(t.pos-2, 0); i < t.pos; i++ {
			if demonstratives[an.words[i]] || possessivePronouns[an.words[i]] {
				sf.referred[t.text] = true
			}
		}
	}
	pack := func(gives []string) []string {
		var out []string
		for _, g := range gives {
			if k, ok := kinds[g]; ok {
				out = append(out, k)
			}
		}
		return out
	}
	sf.gives = pack(Gives(text))
	parts := clauses(text)
	for i, part := range parts {
		c := clause{terms: map[string]bool{}}
		for _, t := range e.an.analyze(part, false).terms {
			c.terms[t.text] = true
		}
		raw := rawWords(part)
		if i > 0 {
			// a capital after a comma is no sentence's start
			raw = append([]string{""}, raw...)
		}
		for _, k := range answerKinds {
			if k.answers(raw, splitWords(part)) {
				c.gives = append(c.gives, kinds[k.word])
			}
		}
		sf.clauses = append(sf.clauses, c)
		// "X, a Y" and "X is a Y" say what X is
		if i+1 < len(parts) && startsWithArticle(parts[i+1]) {
			sf.appositions = append(sf.appositions, apposition{e.termSet(lastPhrase(part)), e.termSet(parts[i+1])})
		}
		if x, y, ok := copula(part); ok {
			sf.appositions = append(sf.appositions, apposition{e.termSet(x), e.termSet(y)})
		}
	}
	return sf
}

// termSet is the set of the terms of a text.
func (e *Engine) termSet(text string) map[string]bool {
	out := map[string]bool{}
	for _, t := range e.an.analyze(text, false).terms {
		out[t.text] = true
	}
	return out
}

// ownedBy reads whose each term of a text is, as its words say: the term
// before a possessive owns the term after it ("Ukraine's foreign
// minister"). With all (for a sentence, which any question may ask of),
// so does the term after "of" the term before it ("the head of Defense
// Intelligence"), and every term of the names on either side is: "the
// welfare of North Korean prisoners" is the prisoners' and North Korea's.
// A question's "of" is read as no owner's: "the focus of the talks" is
// what the talks focus on.
func ownedBy(ws []string, ts []term, all bool) relation {
	r := relation{}
	// the name a term is part of: the terms next to it with no small
	// word between, four at most, no question and no act
	name := func(i, step int) []term {
		out := []term{ts[i]}
		for j := i + step; all && j >= 0 && j < len(ts) && len(out) < 4; j += step {
			a, b := out[len(out)-1], ts[j]
			if step < 0 {
				a, b = b, a
			}
			if b.pos < a.end || ts[j].kind == KindQuestion || ts[j].kind == KindAct ||
				slices.ContainsFunc(ws[a.end:b.pos], func(w string) bool { return sentenceFunctionWords[w] || w == possessive }) {
				break
			}
			out = append(out, ts[j])
		}
		return out
	}
	for i := 0; i+1 < len(ts); i++ {
		a, b := ts[i], ts[i+1]
		if b.pos < a.end {
			continue // read over each other
		}
		var owners, owned []term
		switch gap := ws[a.end:b.pos]; {
		case len(gap) == 1 && gap[0] == possessive:
			owners, owned = name(i, -1), name(i+1, 1)
		case !all:
			continue // a question's "of" may be no owner's ("the focus of the talks")
		case len(gap) == 1 && gap[0] == "of", len(gap) == 2 && gap[0] == "of" && gap[1] == "the":
			owners, owned = name(i+1, 1), name(i, -1)
		default:
			continue
		}
		for _, o := range owners {
			for _, t := range owned {
				r.add(o.text, t.text)
			}
		}
	}
	return r
}

// relativeDoers reads who does what in the relative clauses of a text: the
// term before "that", "which" or "who" does the word after it ("a solar
// farm that opened": the farm opened), a form of "be" or "have" or a
// modal between them.
func relativeDoers(ws []string, ts []term) relation {
	r := relation{}
	for i := 0; i+1 < len(ts); i++ {
		a, b := ts[i], ts[i+1]
		if b.pos <= a.end || !relatives[ws[a.end]] {
			continue
		}
		if !slices.ContainsFunc(ws[a.end+1:b.pos], func(w string) bool { return !beAux[w] && !doAux[w] && !modals[w] && w != "been" && w != "be" }) {
			r.add(b.text, a.text)
		}
	}
	return r
}

// askedDoer reads who a question asks about as doing what: after "did",
// "will" and the like, the term before the verb ("When did the solar farm
// open?": the farm, open). The verb is the last of the terms that follow
// one another from there.
func askedDoer(ws []string, ts []term) (doer, act string, ok bool) {
	aux := slices.IndexFunc(ws, func(w string) bool { return doAux[w] || modals[w] })
	if aux < 0 {
		return "", "", false
	}
	var run []term
	for _, t := range ts {
		switch {
		case t.pos <= aux:
		case len(run) == 0 && slices.ContainsFunc(ws[aux+1:t.pos], func(w string) bool { return w != "the" && w != "a" && w != "an" }):
			return "", "", false // not right after it: "did he say the plant ..."
		case len(run) == 0 || t.pos == run[len(run)-1].end:
			run = append(run, t)
			continue
		}
		if len(run) > 0 {
			break
		}
	}
	if len(run) < 2 {
		return "", "", false
	}
	return run[len(run)-2].text, run[len(run)-1].text, true
}

// owns reports whether the sentence says that y is x's: in so many words
// (see ownedBy), or with x's adjective right before it ("the South Korean
// Joint Chiefs" are South Korea's).
func (sf *sentenceFacts) ownsOf(x, y string) bool {
	if sf.owns[x][y] {
		return true
	}
	ws := sf.an.words
	for _, t := range sf.an.terms {
		if t.text == y && t.pos > 0 && strings.HasPrefix(ws[t.pos-1], x) {
			return true
		}
	}
	return false
}

// clauses cuts a sentence at commas (not those in a number: "42,000"),
// semicolons, colons, dashes and brackets.
func clauses(s string) []string {
	parts := strings.FieldsFunc(markDigitCommas(s), func(r rune) bool {
		return r == ',' || r == ';' || r == ':' || r == '(' || r == ')' || r == '–' || r == '—'
	})
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(strings.ReplaceAll(p, string(digitComma), ",")); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func startsWithArticle(s string) bool {
	w, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	return w == "a" || w == "an" || w == "the"
}

// lastPhrase is the words of a clause after its last small word: the
// name or noun an apposition after it is about ("The plant was built by
// Nordhaven Water" → "Nordhaven Water").
func lastPhrase(s string) string {
	ws := strings.Fields(s)
	i := len(ws)
	for i > 0 && !sentenceFunctionWords[strings.ToLower(ws[i-1])] {
		i--
	}
	return strings.Join(ws[i:], " ")
}

// copula returns X and Y of a clause "X is a Y" (or are, was, were; a, an
// or the), X being words with no small word among them.
func copula(s string) (x, y string, ok bool) {
	ws := strings.Fields(s)
	for i := 1; i+1 < len(ws); i++ {
		if beAux[strings.ToLower(ws[i])] && (ws[i+1] == "a" || ws[i+1] == "an" || ws[i+1] == "the") {
			x = lastPhrase(strings.Join(ws[:i], " "))
			return x, strings.Join(ws[i+1:], " "), x != ""
		}
	}
	return "", "", false
}
