package knowledge

import (
	"slices"
	"strings"
)

// Kind says how the engine treats a term from the pack's synonyms.
type Kind string

const (
	// KindEntity is a country, person, place, body or weapon. A question
	// that names one is only answered by an entry about it.
	KindEntity Kind = "entity"
	// KindQuestion is the kind of answer asked for (how many, when, where,
	// who, why). A question of a kind is only answered by an entry of it.
	KindQuestion Kind = "question"
	// KindRole is a person or group by function whose owner matters
	// (minister, head, troops). A name right before it says whose it is
	// ("Ukraine foreign minister"); before any other word a name qualifies
	// nothing.
	KindRole Kind = "role"
	// KindAct is an act whose doer matters (saying): a name right before
	// it is its doer ("what did Moscow say"), and the question is only
	// answered by an entry about that one's.
	KindAct Kind = "act"
	// KindKey is a key word other than a name, such as a measure or a
	// date: a question using it is only answered by an entry that uses it
	// too (killed, injured, captured, January), and one using two of them
	// only by an entry citing a sentence that has both.
	KindKey Kind = "key"
	// KindWord is a plain synonym.
	KindWord Kind = "word"
	// KindFrame is a word that may only frame a question, or be what it
	// asks about ("why does this story matter?", "where is this story
	// from?"): when nothing answers the question with it, it is asked
	// again without.
	KindFrame Kind = "frame"
	// KindFiller is a phrase that only frames a question ("what does the
	// report say about", "according to the article"): it is dropped, so
	// that the words around it decide the answer.
	KindFiller Kind = "filler"
)

// kinds are the kinds a pack may give its synonyms.
var knownKinds = []Kind{KindEntity, KindQuestion, KindRole, KindAct, KindKey, KindWord, KindFrame, KindFiller}

// Synonym makes aliases read as one term.
type Synonym struct {
	Term    string   `toml:"term"`
	Kind    Kind     `toml:"kind"`
	Aliases []string `toml:"aliases"`
	// For is, for a person, the entity they act for: what Cho Tae-yul
	// does, South Korea does.
	For string `toml:"for"`
	// Opposites are words that say the reverse of what the term states
	// ("less", "worse" of improve): a claim put to check with one of them,
	// of an entry that states the term, is told what the report says,
	// never "Yes" (see factcheck.go).
	Opposites []string `toml:"opposites"`
	// Class is, for an entity the report's people and places are not
	// (referents have theirs), what kind of name it is: "person",
	// "country", "place" or "body". A claim naming it where the report
	// names another of its class is corrected (see factname.go).
	Class string `toml:"class"`
	// Language is, for a block of a mixed-in language's words, the code
	// of its [[language]]: the block's one-word aliases are common words
	// of that language, which tell a question in it from English (see
	// languageWords), each written once, here.
	Language string `toml:"language"`
}

// phrase is a synonym alias as a sequence of stems.
type phrase struct {
	stems   []string
	words   []string
	concept string
	term    string // the synonym group's term, as written
	alias   string // the alias, as written
	// kind, person and place are the concept's, kept here because
	// matching reads them for every phrase it tries.
	kind          Kind
	person, place bool
}

func conceptName(t string) string {
	return strings.Join(splitWords(t), "_")
}

// A term is a unit of meaning after analysis: a stem, or a synonym group's
// concept (e.g. "north_korea" for "Pyongyang", "DPRK" or "North Korean").
type term struct {
	text string
	kind Kind // "" for a plain stem
	pos  int  // index of the first word it came from
	end  int  // index of the word after its last
	// modifies is, for an entity, the index of the word right after it
	// (after its possessive, if it has one); -1 for none. qualifier says
	// it was written as a nationality adjective or a possessive ("Russian
	// soldiers", "Ukraine's minister"), which qualifies any word after it.
	modifies  int
	qualifier bool
	// person says it is a person's name (one who acts for an entity);
	// people, that it names a people in the plural ("Ukrainians").
	person, people bool
	// place says it names a place (a referent of class place): "Kursk
	// casualties" are the casualties in Kursk, not Kursk's.
	place bool
	// forces says it spans a name and the role it qualifies, read as that
	// role's people acting for it ("Russian troops gaining").
	forces bool
	// either links terms offered as alternatives ("Russia or Ukraine", "a
	// call or a meeting"): terms with the same non-zero value are one
	// choice.
	either int
}

// readTerms reads the terms of the words, dropping filler phrases if asked.
func (a *analyzer) readTerms(ws, stems []string, correct, dropFiller bool) (_ []term, unknown []string) {
	// Read into a buffer on the stack and copied out at their size: about
	// half the words are stop words, which make no term.
	var buf [32]term
	terms := buf[:0]
	for i := 0; i < len(ws); {
		if !a.senseSieve.may(ws[i]) {
			// (nearly every word: no sense starts with it)
		} else if ss := a.senses[ws[i]]; len(ss) > 0 { // a word read by its neighbours
			if s, end, ok := a.senseAt(ss, ws, stems, i, terms); ok {
				terms = senseTerms(terms, s, ws, i, end)
				i = end
				continue
			}
		}
		var p phrase
		ok := false
		if ps := a.starts[stems[i]]; ps != nil { // most words start no alias
			p, ok = matchIn(ps, stems, i, dropFiller)
			if dropFiller && (!ok || p.kind != KindFiller) {
				// a filler read across a word inside it (fillergap.go)
				if end, across := a.fillerAcross(ps, ws, stems, i); across && (!ok || end > i+len(p.stems)) {
					i = end
					continue
				}
			}
			if ok && p.kind == KindFiller && choiceBefore(p.words, ws, i+len(p.words)) {
				p, ok = matchIn(ps, stems, i, false)
			}
			if !ok || ws[i] == "which" || ws[i] == "what" {
				if q, e, next, ok := a.matchAroundName(ps, ws, stems, i); ok {
					terms = appendTerm(terms, q, ws)
					terms = appendTerm(terms, e, ws)
					i = next
					continue
				}
			}
		}
		if ok && !(len(p.stems) == 1 && stopWords[ws[i]] && ws[i] != p.words[0]) {
			// (a stop word is no alias that only shares its stem: "like"
			// is not "likely")
			t := a.newTerm(ws, p, i)
			if t.kind == KindFiller {
				i = t.end
				continue
			}
			terms = appendTerm(terms, t, ws)
			i = t.end
			continue
		}
		w := ws[i]
		switch {
		case classOf(w).is(stopClass | greetingClass):
		case correct && isAdverb(w) && !a.isKnownStem(w, stems[i]):
			// an adverb the pack never uses qualifies, it does not ask:
			// "does he automatically go", "officially"
		default:
			terms = appendTerm(terms, term{text: stems[i], pos: i, end: i + 1, modifies: -1}, ws)
			if correct && !a.isKnownStem(w, stems[i]) {
				unknown = append(unknown, stems[i])
			}
		}
		i++
	}
	if len(terms) == 0 {
		return nil, unknown
	}
	out := make([]term, len(terms))
	copy(out, terms)
	return out, unknown
}

// choiceBefore reports whether a filler's words offer a choice ("more or
// less": two words that are no stop words, either side of "or") before
// word next, a word of meaning: "more or less involved" asks which, where
// "3,000, more or less" only hedges.
func choiceBefore(filler, ws []string, next int) bool {
	return len(filler) == 3 && filler[1] == "or" && !stopWords[filler[0]] && !stopWords[filler[2]] &&
		next < len(ws) && !stopWords[ws[next]] && !isNumber(ws[next])
}

// newTerm is the term of the synonym phrase p read at word i. A name says
// whose the word after it is, as an adjective or possessive ("Russian
// soldiers", "Ukraine's minister") for any word, bare ("Ukraine foreign
// minister") only for a role: before a verb it is its subject, and the
// pack's passive phrasings ("is North Korea expected to") would read as
// another's. A plural people ("Russians") acts; it does not qualify.
func (a *analyzer) newTerm(ws []string, p phrase, i int) term {
	return termOf(ws, p, i, i+len(p.stems))
}

// termOf is the term p reads the words ws[i:end] as (see newTerm).
func termOf(ws []string, p phrase, i, end int) term {
	t := term{text: p.concept, kind: p.kind, pos: i, end: end, modifies: -1, person: p.person, place: p.place}
	if t.kind != KindEntity {
		return t
	}
	switch last := ws[end-1]; {
	case end < len(ws) && ws[end] == possessive:
		t.modifies, t.qualifier = end+1, true
	case strings.HasSuffix(last, "an"):
		t.modifies, t.qualifier = end, true
	case strings.HasSuffix(last, "ans"):
		t.people = true
	default:
		t.modifies = end
	}
	if t.modifies >= 0 && t.modifies < len(ws) && institutions[ws[t.modifies]] {
		// "the North Korean government says": the country says
		t.end, t.modifies, t.qualifier = t.modifies+1, t.modifies+1, false
	}
	return t
}

// appendTerm appends t, linked as an alternative to the term before it when
// an "or" joins two names ("Russia or Ukraine") or two other terms ("a phone
// call or a meeting").
func appendTerm(terms []term, t term, ws []string) []term {
	at := afterOr(ws, t.pos)
	if at < 0 && t.kind == KindEntity && len(terms) > 0 && terms[len(terms)-1].kind == KindEntity {
		// a name after "not" is the other one the question weighs:
		// "captured by Ukraine, not by Russia?" asks which
		at = afterWord(ws, t.pos, "not")
	}
	if at < 0 {
		if k := parallelAlternative(terms, t, ws); k >= 0 {
			link(&terms[k], &t)
		}
		return append(terms, t)
	}
	if len(terms) == 0 {
		return append(terms, t)
	}
	prev := &terms[len(terms)-1]
	if t.kind == "" && prev.kind == KindEntity && prev.end+1 == t.pos && ws[prev.end] == "or" && !stopWords[ws[t.pos]] {
		// a word the pack does not know, right after "or" after a name,
		// is the other name ("Russia or Belarus")
		link(prev, &t)
		return append(terms, t)
	}
	if t.kind == KindEntity && prev.kind != KindEntity && t.end == len(ws) {
		// a name asked last, after "or", weighs against the one name
		// before ("ukr reported the jan numbers or sk?")
		if k := soleName(terms); k >= 0 {
			link(&terms[k], &t)
			return append(terms, t)
		}
	}
	if (prev.kind == KindEntity) != (t.kind == KindEntity) {
		// a name and the word it qualifies, then the other name ("in
		// Russia control or Ukraine control"): the names are the
		// alternatives
		// (or its possessive, "Ukraine's figure or Seoul's", the word
		// elided after the other: elidedHead)
		if n := len(terms); n < 2 || (terms[n-2].kind == KindEntity) != (t.kind == KindEntity) || terms[n-2].end != prev.pos && !elidedHead(terms[n-2], *prev, t, ws) {
			return append(terms, t)
		}
		prev = &terms[len(terms)-2]
	}
	link(prev, &t)
	linkList(terms, prev, ws)
	return append(terms, t)
}

// linkList links to prev, an alternative before "or", the terms of its
// kind before it that only an article parts from the next: a list read
// without its commas ("in a letter, a speech, or a phone call" is "in a
// letter a speech or a phone call"), where each is offered too. Only
// plain words: a verb of the pack's before its object ("accept the offer
// or ...") is no item of a list.
func linkList(terms []term, prev *term, ws []string) {
	names := prev.kind == KindEntity && (!prev.qualifier || ownsNothing(*prev, ws)) // "the US, South Korea, or Russia" (namelist.go); "..., Seoul's, or Washington's" (elidedhead.go)
	if prev.kind != "" && !names {
		return
	}
	k := slices.IndexFunc(terms, func(o term) bool { return o.pos == prev.pos })
	for next := prev; k > 0; k-- {
		o := &terms[k-1]
		gap, elided := ws[min(o.end, next.pos):next.pos], false
		if names && k > 1 && o.kind != KindEntity && o.end == next.pos && elidedHead(terms[k-2], *o, *next, ws) {
			// "Ukraine's figure, Seoul's, or Washington's": the word
			// the first name owns is elided after the others
			k--
			o, gap, elided = &terms[k-1], nil, true
		}
		if o.end > next.pos {
			return // terms that overlap are no items of a list
		}
		if o.either != 0 || o.kind != prev.kind || len(gap) == 0 && !elided && !(names && listedName(ws, o) && !prepositions[ws[next.pos]]) || slices.ContainsFunc(gap, func(w string) bool { return !listArticles[w] }) {
			return
		}
		o.either, next = prev.either, o
	}
}

// listArticles open each item of a list of things offered.
var listArticles = setOf("a", "an", "the")

// soleName returns the index of the only name among terms that is not a
// qualifier ("Russian" in "Russian soldiers"), or -1.
func soleName(terms []term) int {
	k := -1
	for i, t := range terms {
		if t.kind != KindEntity || t.qualifier {
			continue
		}
		if k >= 0 {
			return -1
		}
		k = i
	}
	return k
}

// link makes t an alternative to prev.
func link(prev, t *term) {
	if prev.either == 0 {
		prev.either = t.pos
	}
	t.either = prev.either
}

// parallelAlternative returns the index among terms of the one t is the
// alternative to where an "or" joins two phrases alike but for it ("captured
// by Ukraine or also the ones captured by Russia"): the terms after the
// "or" repeat those before the one right before it, which is of t's kind;
// -1 if there is none.
func parallelAlternative(terms []term, t term, ws []string) int {
	or := slices.Index(ws[:t.pos], "or")
	if or < 0 {
		return -1
	}
	j := slices.IndexFunc(terms, func(o term) bool { return o.pos > or })
	if j < 0 {
		return -1
	}
	n := len(terms) - j
	if n == 0 || j-1-n < 0 || terms[j-1].kind != t.kind || terms[j-1].either != 0 {
		return -1
	}
	for i := range n {
		if terms[j-1-n+i].text != terms[j+i].text {
			return -1
		}
	}
	return j - 1
}

// afterOr returns the index of the "or" that word i follows, with only stop
// words between ("a phone call or a meeting"), or -1.
func afterOr(ws []string, i int) int {
	return afterWord(ws, i, "or")
}

// afterWord returns the index of the word w (a stop word) that word i
// follows, with only stop words between, or -1.
func afterWord(ws []string, i int, w string) int {
	for j := i - 1; j > 0; j-- {
		switch {
		case ws[j] == w:
			return j
		case !stopWords[ws[j]]:
			return -1
		}
	}
	return -1
}

// match returns the longest synonym phrase at word i, fillers too if asked.
func (a *analyzer) match(stems []string, i int, fillers bool) (phrase, bool) {
	return matchIn(a.starts[stems[i]], stems, i, fillers)
}

// matchIn is match among ps, the phrases that start with stems[i].
func matchIn(ps *startsWith, stems []string, i int, fillers bool) (phrase, bool) {
	long, ones := ps.fitting(stems, i+1)
	for _, list := range [2][]phraseStart{long, ones} {
		for _, s := range list {
			if !s.fits(stems, i+1) {
				continue
			}
			p := s.p
			if !fillers && p.kind == KindFiller {
				continue
			}
			ok := true
			for j := 2; j < len(p.stems); j++ { // the first two are stems[i:i+2], by fits
				if stems[i+j] != p.stems[j] {
					ok = false
					break
				}
			}
			if ok {
				return *p, true
			}
		}
	}
	return phrase{}, false
}

// matchAroundName reads "which Russian region" and "which South Korean
// official" as the question alias "which region" or "which official" and
// the name qualifying it: the alias's words around a nationality or a
// possessive. So are other aliases that nothing else matches where they
// start ("a new North Korean deployment" as "new deployment"): the caller
// tries those only after a direct match failed.
// ps are the phrases that start with stems[i].
func (a *analyzer) matchAroundName(ps *startsWith, ws, stems []string, i int) (q, e term, next int, ok bool) {
	asks := ws[i] == "which" || ws[i] == "what"
	if i+1 >= len(ws) {
		return q, e, 0, false
	}
	ep, ok := a.match(stems, i+1, false)
	if !ok {
		return q, e, 0, false
	}
	e = a.newTerm(ws, ep, i+1)
	// after a question word, a bare name qualifies the noun after it too
	// ("which nk brigade")
	if e.kind != KindEntity || !e.qualifier && !(asks && e.modifies == e.end) {
		return q, e, 0, false
	}
	rest := e.modifies // the alias goes on after the name
	e.modifies = -1    // and its noun is the alias's
	if asks && rest < len(ws) {
		// past a role that the noun is part of: "which North Korean army
		// units" asks which units
		if rp, ok := a.match(stems, rest, false); ok && rp.kind == KindRole && len(rp.stems) == 1 {
			if q, ok := aliasAt(ps, stems, i, rest+1, asks); ok {
				return q, e, q.end, true
			}
		}
	}
	if q, ok := aliasAt(ps, stems, i, rest, asks); ok {
		return q, e, q.end, true
	}
	return q, e, 0, false
}

// aliasAt returns the term of the phrase among ps whose first word is at i
// and whose other words start at rest, a question if asks.
func aliasAt(ps *startsWith, stems []string, i, rest int, asks bool) (term, bool) {
	long, _ := ps.fitting(stems, rest)
	for _, s := range long {
		if s.n < 2 || !s.fits(stems, rest) {
			continue
		}
		p := s.p
		n := len(p.stems) - 1
		kind := p.kind
		if (kind == KindQuestion) != asks || kind == KindFiller || n < 1 || rest+n > len(stems) || !slices.Equal(p.stems[1:], stems[rest:rest+n]) {
			continue
		}
		return term{text: p.concept, kind: kind, pos: i, end: rest + n, modifies: -1}, true
	}
	return term{}, false
}

// isName reports whether the word w alone names an entity ("nk", "ua").
func (a *analyzer) isName(w string) bool {
	for _, p := range a.phrases[a.stem(w)] {
		if len(p.stems) == 1 && p.kind == KindEntity {
			return true
		}
	}
	return false
}
