package knowledge

import (
	"slices"
	"strings"
)

// A follow-up is read with what the earlier turns named, by three
// mechanisms, none of them a rule for one question:
//
//   - a reference (a pronoun, "that area", "that figure") is put in the
//     place of what it refers to, found by agreement: "he" is a person
//     whose pronoun is "he", "there" a place, "that figure" an answer
//     that gives a number. Nothing to refer to, or several things, and
//     the bot asks back which is meant (see askBack), never guessing;
//   - a fragment ("and in February?", "why?", "what about Russia?") is
//     merged into the last question: each of its parts replaces the last
//     question's part of the same kind (a date a date, a measure a
//     measure, a question word a question word, a name a name of its
//     class: see merge.go);
//   - a question about the last answer ("who says so?", "is that
//     confirmed?") is answered from what the pack says of that answer's
//     attribution and certainty (see lastanswer.go).
//
// A question that stands alone (its own topic, no reference) is answered
// as it stands, whatever came before.

// A reference is a word of a question that refers back: at ws[at:end].
type reference struct {
	at, end int
	// want is what it may refer to: "he", "she", "they", "it", "there",
	// "country", "figure", or "that" (the last answer).
	want string
	// poss says it is a possessive ("his", "their").
	poss bool
	word string
	// each says "they" are said to do a thing to each other ("did they
	// ever meet?", "have the two of them talked?"): people, not a group.
	each bool
	// of is what "the other" is one of, when its noun says: "person"
	// ("the other guy") or "figure" ("the other number").
	of string
}

// Words that refer back, and what to.
var (
	refWords = map[string]reference{
		"he": {want: "he"}, "him": {want: "he"}, "himself": {want: "he"}, "his": {want: "he", poss: true},
		"she": {want: "she"}, "herself": {want: "she"}, "hers": {want: "she", poss: true},
		"they": {want: "they"}, "them": {want: "they"}, "themselves": {want: "they"}, "em": {want: "they"},
		"theyre": {want: "they"}, "their": {want: "they", poss: true}, "theirs": {want: "they", poss: true},
		"it": {want: "it"}, "itself": {want: "it"}, "its": {want: "it", poss: true},
	}
	// placeNouns after "that" or "this" make a place ("that area").
	placeNouns = setOf("area", "region", "place", "location", "part", "front", "city", "province", "oblast", "spot", "zone",
		"ground", "territory") // ("who holds that ground?"; not "land", a verb: "how did that land?")
	// countryNouns after "that" or "this" make a country ("that
	// country", "this government").
	countryNouns = setOf("country", "nation", "government", "state", "regime")
	// figureNouns after "that", "this", "those" or "these" make a figure
	// ("that number").
	figureNouns = setOf("figure", "figures", "number", "numbers", "estimate", "estimates", "toll", "count", "data", "stat",
		"stats", "statistic", "statistics", "one", "ones", "total", "amount", "tally")
	// saidNouns name a thing said: "that assessment", "this claim" stand
	// for what the last answer says, as "that" does.
	saidNouns = setOf("claim", "claims", "assessment", "assessments", "statement", "statements", "prediction",
		"forecast", "evaluation", "judgment", "judgement", "conclusion", "assertion", "allegation", "warning")
	// afterThat are the words after which "that" or "this" stands for
	// what was said ("is that true?", "that's confirmed?").
	afterThat = setOf("is", "was", "were", "are", "'s", "mean", "means", "meant", "true", "right", "correct", "official",
		"confirmed", "accurate", "real", "legit", "verified", "certain", "sure", "so", "too", "from", "come", "came",
		"based", "work", "help", "helps", "matter", "matters", "happen")
	// beforeThat, and the ways of saying (sayWords), are the words after
	// which "that" stands for what was said, when nothing follows it ("who
	// said that?", "who is warning this?", "by that", "what does Russia
	// get for that?").
	beforeThat = setOf("said", "say", "says", "reported", "report", "reports", "claim", "claimed", "claims", "mean",
		"meant", "by", "about", "with", "confirm", "confirmed", "verify", "believe", "know", "stated", "state",
		"tell", "told", "estimated", "estimate", "made", "make", "did", "do", "does", "set", "on", "of", "is", "was", "for")
)

// findReferences lists the words of ws that refer back.
func findReferences(ws []string) []reference {
	var out []reference
	for i, w := range ws {
		next, prev := "", ""
		if i+1 < len(ws) {
			next = ws[i+1]
		}
		if i > 0 {
			prev = ws[i-1]
		}
		if r, ok := refWords[w]; ok {
			if w == "it" && expletiveIt(ws, i) {
				continue
			}
			r.at, r.end, r.word = i, i+1, w
			r.each = r.want == "they" && reciprocal(ws)
			out = append(out, r)
			continue
		}
		switch w {
		case "her":
			// "her role" is hers, "ask her" is she
			r := reference{at: i, end: i + 1, want: "she", word: w}
			r.poss = next != "" && !stopWords[next]
			out = append(out, r)
		case "there":
			if next == "in" && i+2 < len(ws) && ws[i+2] == "person" || prev == "physically" {
				// "was he there in person?": being there, not a place
				// named before (it asks how he was there)
				continue
			}
			if beAux[prev] || beAux[next] || next == "'s" || modals[prev] || prev == "over" && (next == "" || !beAux[next]) && i > 0 && ws[0] != "why" {
				// "is there", "there are": nothing is referred to
				// ("over there" is a place, but the question's own)
				if !(prev == "over") {
					continue
				}
			}
			out = append(out, reference{at: i, end: i + 1, want: "there", word: w})
		case "both":
			if figureNouns[next] && next != "one" {
				// "do both numbers count the same thing?"
				out = append(out, reference{at: i, end: i + 2, want: "figure", word: w + " " + next})
			}
		case "that", "this", "those", "these":
			switch {
			case placeNouns[next]:
				out = append(out, reference{at: i, end: i + 2, want: "there", word: w + " " + next})
			case countryNouns[next]:
				out = append(out, reference{at: i, end: i + 2, want: "country", word: w + " " + next})
			case figureNouns[next] && !((w == "this" || w == "these") && (next == "one" || next == "ones")):
				out = append(out, reference{at: i, end: i + 2, want: "figure", word: w + " " + next})
			case (w == "those" || w == "these") && groupOfPeople[next]:
				// "are these guys still there?": they
				out = append(out, reference{at: i, end: i + 2, want: "they", word: w + " " + next})
			case (w == "those" || w == "these") && (next == "" || beAux[next] || doAux[next] || modals[next] || placeOrObject[next] || next == "who" && i > 0):
				// ("for those who do": the ones named before, of whom
				// the clause says which)
				out = append(out, reference{at: i, end: i + 1, want: "they", word: w})
			case (w == "that" || w == "this") && saidNouns[next]:
				out = append(out, reference{at: i, end: i + 2, want: "that", word: w + " " + next})
			case w == "that" || w == "this":
				if next == "" && (beforeThat[prev] || sayWords[prev]) || afterThat[next] || next == "" && i == 0 || i == 1 && beAux[prev] && (next == "a" || next == "an" || next == "the" || stopWords[next]) {
					out = append(out, reference{at: i, end: i + 1, want: "that", word: w})
				}
			}
		case "other":
			if prev == "the" {
				end := i + 1
				of := ""
				switch {
				case next == "one":
					end++
				case otherPersonNouns[next]: // "the other guy", "the other mod" (otherperson.go)
					end++
					of = "person"
				case figureNouns[next]:
					end++
					of = "figure"
				case next != "" && next != possessive && next != "?" && next != "and" && next != "or":
					of = "thing" // "the other end of the call", "the other side"
				}
				out = append(out, reference{at: i - 1, end: end, want: "other", word: "the other", of: of, poss: end < len(ws) && ws[end] == possessive})
				if end < len(ws) && ws[end] == possessive {
					out[len(out)-1].end++
				}
			}
		case "which":
			if (next == "one" || next == "figure" || next == "number" || next == "estimate") && !offersItsOwn(ws, i) {
				// "which one came from Ukraine?": one of the figures given
				out = append(out, reference{at: i, end: i + 2, want: "figure", word: w + " " + next})
			}
		case "guy", "dude", "man", "fella", "bloke", "gentleman", "individual":
			// "that guy", "the guy from earlier", "the man you
			// mentioned": a person named before, he
			if end, ok := namedBefore(ws, i); ok {
				out = append(out, reference{at: i - 1, end: end, want: "he", word: strings.Join(ws[i-1:end], " ")})
			} else if i > 0 && ws[i-1] == "the" && next == possessive {
				// "what's the man's exact title?": his, one named before
				out = append(out, reference{at: i - 1, end: i + 2, want: "he", poss: true, word: strings.Join(ws[i-1:i+2], " ")})
			}
		case "so":
			if i > 0 && (prev == "says" || prev == "say" || prev == "said") {
				out = append(out, reference{at: i, end: i + 1, want: "that", word: w})
			}
		}
	}
	return out
}

// groupOfPeople are the nouns of "these guys", "those folks": people
// named before, they.
var groupOfPeople = setOf("guys", "dudes", "folks", "fellas", "lads", "blokes", "boys")

// namedBefore reports whether the noun for a man at i ("guy") refers to
// one named before: "that guy", or "the guy" with "from earlier", "from
// before" or "you mentioned" after it; end is where the reference ends.
func namedBefore(ws []string, i int) (end int, ok bool) {
	if i == 0 {
		return 0, false
	}
	if ws[i-1] == "that" || ws[i-1] == "this" && !asksWhoFirst(ws, i) {
		// "this man" points back as "that man" does ("And who,
		// precisely, is this man?"), but not in the first question of a
		// message that names him after it ("who is this guy Cho?")
		return i + 1, true
	}
	if ws[i-1] != "the" || i+2 >= len(ws) {
		return 0, false
	}
	switch next, after := ws[i+1], ws[i+2]; {
	case next == "from" && (after == "earlier" || after == "before" || after == previouslyWord),
		next == "you" && (after == "mentioned" || after == "named" || after == "said"):
		return i + 3, true
	}
	return 0, false
}

// getsWords are the verbs of "get out of it", which asks what one gains by
// what it does, whatever "it" is.
var getsWords = setOf("get", "gets", "getting", "got", "gain", "gains", "gaining", "gained")

// reciprocal reports whether ws speaks of some doing a thing to each
// other: "each other", "one another", "the two of them", "both of them",
// "ever met".
func reciprocal(ws []string) bool {
	for i := 0; i+1 < len(ws); i++ {
		switch {
		case ws[i] == "each" && ws[i+1] == "other", ws[i] == "one" && ws[i+1] == "another",
			(ws[i] == "two" || ws[i] == "both") && ws[i+1] == "of", ws[i] == "ever" && (ws[i+1] == "met" || ws[i+1] == "meet"):
			return true
		}
	}
	return false
}

// offersItsOwn reports whether a question with "which one" (or number,
// figure) at i names what it chooses between or where the figure comes
// from itself, so that it refers to nothing before it: "which number is
// bigger, Ukraine's in January or the one in February?", "Ukraine reported
// losses, which number did they say?". It does when it says "or", or three
// words of its own besides the "which".
func offersItsOwn(ws []string, i int) bool {
	own := 0
	for j, w := range ws {
		if j == i || j == i+1 || stopWords[w] {
			continue
		}
		if w == "or" {
			return true
		}
		own++
	}
	return own >= 3
}

// expletiveIt reports whether the "it" at i refers to nothing: "is it
// true that ...", "it is said", "is it the first time".
func expletiveIt(ws []string, i int) bool {
	rest := ws[i+1:]
	if i >= 3 && ws[i-1] == "of" && ws[i-2] == "out" && slices.ContainsFunc(ws[max(0, i-5):i-2], func(w string) bool { return getsWords[w] }) {
		return true // "what does nk get out of it?": of what it does, the question's own
	}
	if i >= 2 && beAux[ws[i-1]] && (ws[i-2] == "time" || ws[i-2] == "day" || ws[i-2] == "date" || ws[i-2] == "weather") {
		return true // "what time is it?": of the time, as of the weather
	}
	if len(rest) == 0 {
		return false
	}
	if beAux[rest[0]] || rest[0] == "'s" || rest[0] == "has" || rest[0] == "seems" {
		// "it is said", "it's been"; but "it is a missile?" asks, and
		// so does a learner's "it is official number?", which names a
		// figure or a thing said last
		return len(rest) > 2 && !namesFigureLast(rest[1:])
	}
	if i > 0 && beAux[ws[i-1]] && slices.Contains(rest, "that") {
		return true // "is it true that ...", "was it said that ..."
	}
	if i > 0 && beAux[ws[i-1]] && len(rest) > 1 && (rest[0] == "the" || rest[0] == "a") {
		return true // "is it the first time"
	}
	return false
}

// namesFigureLast reports whether ws, the words after "it is", are a
// short noun phrase that ends with a figure or a thing said ("official
// number", "an estimate", "only a claim"): "it" is what was given.
func namesFigureLast(ws []string) bool {
	last := ws[len(ws)-1]
	return len(ws) <= 3 && (figureNouns[last] && last != "one" && last != "ones" || saidNouns[last])
}

// resolve puts for each reference of ws what it refers to. It returns nil
// words when every reference is best left as it is (the question stands
// alone), and ok false with a question to ask back when one refers to
// nothing or to several things. tr, if any, is the turn's (see reads.go).
func (e *Engine) resolve(c Conversation, ws []string, refs []reference, tr *trace) (out []string, ask pending, ok bool) {
	out = slices.Clone(ws)
	changed := false
	for k := len(refs) - 1; k >= 0; k-- {
		r := refs[k]
		if r.want == "that" {
			continue // the last answer: see aboutLastAnswer
		}
		if e.antecedent(ws, r, tr) {
			continue // "Who is Budanov and what is his job?"
		}
		if filler, other := e.an.phraseAt(ws, r); filler || other {
			continue // "I mixed them up", "all of them?" (inphrase.go)
		}
		if itSays(ws, r) {
			// "what else does it say about that missile?": the report
			out = slices.Concat(out[:r.at], []string{"the", "article"}, out[r.end:])
			changed = true
			continue
		}
		if r.word == "there" && asksSince(ws) {
			continue // "since when have they been over there?": see sincethere.go
		}
		cands := c.candidates(r)
		if country, ok := e.countryAsked(c, ws, r); ok {
			cands = country
		}
		if r.want == "other" && len(cands) == 0 {
			cands = e.otherThan(c, ws, r)
		}
		if fig := e.thoseCounted(c, r); fig != nil {
			cands = fig // "how many deaths?" "were those all in Kursk?" (thosecounted.go)
		}
		if r.want == "there" && len(cands) > 1 {
			cands = e.notWhoIsThere(c, cands, refs)
		}
		if (r.word == "them" || r.word == "em") && len(cands) > 1 {
			cands = e.notTheSubject(ws, r, cands)
		}
		if to, ok := e.madeTo(c, ws, r); ok {
			cands = to // "how'd he pitch it to them?": to Ukraine (madeto.go)
		}
		if r.word == "there" && r.at > 0 && ws[r.at-1] == "over" && len(cands) > 1 && c.entry > 0 {
			cands = e.whereSent(c, cands)
		}
		if r.want == "they" && len(cands) > 1 && movesAfter(ws, r.end) {
			// "where would they go?": people go, not a list of countries
			if moving := slices.DeleteFunc(slices.Clone(cands), func(rf referent) bool { return rf.listed() || rf.class == "country" }); len(moving) > 0 {
				cands = moving
			}
		}
		if r.want == "they" && len(cands) > 1 {
			cands = e.theOneAnswered(c, cands) // see askedanswered.go
		}
		if len(cands) > 1 && r.want == "they" && e.saysBefore(ws, r) {
			cands = e.theySay(cands) // "how many do they say were sent"
		}
		if haveAny(ws, r) {
			if !e.askedHolding(c.base) {
				// "do they have any?" after a question of wanting: the
				// having is asked, and the report says nothing of it
				tr.note("has any, of a thing the last question did not ask held")
				continue
			}
			if rw, ok := c.hasAny(out, r); ok {
				// "do they even have any?": who has the last
				// question's thing (see haveany.go)
				tr.note("has any of the last question's thing")
				out, changed = rw, true
				continue
			}
		}
		if len(cands) == 1 && r.want == "they" && cands[0].class == "group" && !c.alone && e.saysAlone(ws, r) {
			// "what else did they say?" of troops: of those who say
			// things, named in the last two turns, which is asked
			// back (see twoasked.go)
			if near := c.speakersNear(); len(near) > 1 {
				tr.note("a group says nothing of its own: which of those who say, named last?")
				cands = near
			}
		}
		if len(cands) == 1 && r.want != "they" && e.saysAlone(ws, r) {
			if two := c.twoAsked(cands[0]); two != nil {
				// "who's cho?" "and budanov?" "what did he say?":
				// either (see twoasked.go)
				tr.note("the last two questions asked of two people, and this asks only what was said")
				cands = two
			}
		}
		if len(cands) == 1 {
			out = slices.Concat(out[:r.at], cands[0].say(r), out[r.end:])
			changed = true
			continue
		}
		if len(cands) == 0 && r.want != "he" && r.want != "she" && r.want != "figure" && !theyDoWhat(ws, r) && !whoseStance(ws, r) && e.standsAlone(slices.Delete(slices.Clone(ws), r.at, r.end), tr) {
			// "Who proposed it?": the question says what it asks
			continue
		}
		if len(cands) == 0 {
			cands = e.allReferents(r)
		}
		return nil, pending{words: slices.Clone(ws), ref: r, offered: cands}, false
	}
	if !changed {
		return nil, pending{}, true
	}
	return out, pending{}, true
}

// countryAsked returns the one country the last question named, when it
// named nothing else, for a "they" that opens a question naming nothing
// before it: that country is its subject ("why is SK getting involved?"
// "are they working with Ukraine?"), not a group its answer named. ok is
// false otherwise ("what about Russia, what are they doing?" names its
// own).
func (e *Engine) countryAsked(c Conversation, ws []string, r reference) ([]referent, bool) {
	if r.word != "they" || len(c.refs) == 0 || c.refs[0].turn%2 != 1 || e.namesAny(ws[:r.at]) {
		return nil, false
	}
	last := c.refs[0].turn
	asked := pick(c.refs, func(rf referent) bool { return rf.turn == last })
	if len(asked) > 1 {
		// "is North Korea fighting in Ukraine?": a country named as the
		// place, after "in", is not who acts
		asked = slices.DeleteFunc(asked, func(rf referent) bool { return rf.class == "country" && placeIn(c.base, rf.words) })
	}
	if len(asked) != 1 || asked[0].class != "country" {
		return nil, false
	}
	if e.saysBefore(ws, r) && !e.everSays(asked[0].concept) {
		// "and north korea admits it?" "how many do they say were
		// sent": they who say are the ones the report has saying it, not
		// a country it never has say anything
		return nil, false
	}
	return asked, true
}

// notTheSubject drops from what "them" may be the ones that include a
// name the question itself names before it: in "is South Korea going to
// take them in?", "them" is not South Korea and Ukraine ("they" may be:
// "what about Russia, what are they doing?").
func (e *Engine) notTheSubject(ws []string, r reference, cands []referent) []referent {
	named := map[string]bool{}
	for _, t := range e.an.analyzeWords(ws[:r.at], true).terms {
		if t.kind == KindEntity {
			named[t.text] = true
		}
	}
	if len(named) == 0 {
		return cands
	}
	kept := slices.DeleteFunc(slices.Clone(cands), func(rf referent) bool {
		if named[rf.concept] {
			return true
		}
		for _, t := range e.an.analyzeWords(rf.words, true).terms {
			if named[t.text] {
				return true
			}
		}
		return false
	})
	if len(kept) == 0 {
		return cands
	}
	return kept
}

// notWhoIsThere drops from the places "there" may be the country of the
// ones the question says are there: "what are they doing there?" of
// North Korean troops sent to Russia is Russia, not North Korea.
func (e *Engine) notWhoIsThere(c Conversation, cands []referent, refs []reference) []referent {
	var owners []string
	for _, r := range refs {
		if r.want != "they" && r.want != "he" && r.want != "she" {
			continue
		}
		who := c.candidates(r)
		if len(who) != 1 || who[0].concept == "" {
			continue
		}
		owner, _, _ := strings.Cut(who[0].concept, ":")
		owners = append(owners, owner)
		// whose they are, as the pack names them ("the North Korean
		// troops")
		for _, t := range e.an.analyzeWords(splitWords(e.displayName(who[0])), true).terms {
			if t.kind == KindEntity {
				owners = append(owners, t.text)
			}
		}
	}
	kept := slices.DeleteFunc(slices.Clone(cands), func(rf referent) bool { return slices.Contains(owners, rf.concept) })
	if len(kept) == 0 {
		return cands
	}
	return kept
}

// whereSent keeps, of the candidates for "over there", the one the last
// answer sends someone to ("could deploy more troops to Russia"), if
// there is one: "how many are already over there?" is of where they go,
// not of who says so. Else it keeps them all, to be asked back.
func (e *Engine) whereSent(c Conversation, cands []referent) []referent {
	var kept []referent
	for _, to := range e.facts[c.entry-1].sentTo {
		for _, rf := range cands {
			if rf.concept == to && !slices.ContainsFunc(kept, func(k referent) bool { return k.sameKey(rf) }) {
				kept = append(kept, rf)
			}
		}
	}
	if len(kept) != 1 {
		return cands
	}
	return kept
}

// antecedent reports whether the question names, before the reference r,
// something r may refer to: then it refers to that, as the question
// stands ("How did the foreign minister present his proposal?").
func (e *Engine) antecedent(ws []string, r reference, tr *trace) bool {
	// kept when the reference is last: the words before it are then the
	// question without it, which standsAlone reads
	an := tr.readAnalysis(e.an, ws[:r.at], true, r.end == len(ws)) // (only read)
	for _, t := range an.terms {
		cls := e.referentInfo[t.text].class
		switch r.want {
		case "he", "she":
			if t.kind == KindEntity || t.kind == KindRole {
				return true // "if a POW wants out, where can he go?"
			}
		case "they":
			if moreOf(ws, t.pos, r) {
				continue // "what about more troops, could they send more?": see moreof.go
			}
			// a group, not a country: "does South Korea want them?"; a
			// list of names, or things ("the talks between ..., they")
			if t.kind == KindRole && (cls == "group" || strings.HasSuffix(ws[t.end-1], "s")) || t.people || t.kind == KindEntity && (cls == "group" || cls == "body") ||
				t.kind == KindWord && strings.HasSuffix(ws[t.end-1], "s") {
				return true
			}
		case "it":
			if t.kind == KindEntity && (cls == "thing" || cls == "place" || r.poss && (cls == "country" || cls == "body")) {
				return true
			}
		case "there":
			if cls == "place" {
				return true
			}
		}
	}
	return false
}

// say is the referent's words in the place of reference r.
func (rf referent) say(r reference) []string {
	ws := rf.words
	if rf.class == "figure" {
		ws = []string{rf.concept[len("figure:"):]}
	}
	switch {
	case r.poss:
		return append(slices.Clone(ws), possessive)
	case r.want == "there" && rf.class != "place" || r.word == "there":
		return append([]string{"in"}, ws...)
	}
	return ws
}

// standsAlone reports whether a question says enough on its own: a topic
// besides the kind of question.
func (e *Engine) standsAlone(ws []string, tr *trace) bool {
	return tr.readAnalysis(e.an, ws, true, false).enough()
}

// candidates lists what r may refer to, from the most recent part of the
// conversation that names any such thing (a question's own words are
// nearer than its answer's): one is the answer, several are asked back.
// Within that part, "they" is a group before a body, a body before a
// country (see tiers).
func (c Conversation) candidates(r reference) []referent {
	if r.want == "other" {
		return c.others
	}
	if r.each {
		// the people named, together: one referent
		people := pick(c.refs, func(rf referent) bool { return rf.class == "person" })
		if len(people) < 2 {
			return nil
		}
		var ws []string
		for i, p := range people {
			if i > 0 {
				ws = append(ws, "and")
			}
			ws = append(ws, p.words...)
		}
		return []referent{{words: ws, class: "group"}}
	}
	ts := tiers(r)
	if r.want == "there" {
		// of several countries named last, a place named however far
		// back ("the Kursk region")
		if out := c.nearest(ts); len(out) > 1 && out[0].class == "country" {
			if place := pickNearest(c.refs, ts[0]); len(place) > 0 {
				return place
			}
		}
		if out := c.nearest(ts); len(out) == 1 && out[0].class == "country" && out[0].turn%2 == 1 && !placeIn(c.base, out[0].words) {
			// "where are they fighting?" "in Kursk" "who runs that
			// place?": the one place the answer to the question gave,
			// not a country the question named as who acts (one named
			// as the place, "in Russia", is it)
			answer := out[0].turn - 1
			if place := pick(c.refs, func(rf referent) bool { return rf.turn == answer && ts[0](rf) }); len(place) == 1 {
				return place
			}
		}
	}
	if r.want == "they" {
		// what the last question itself named, unless only countries, is
		// nearest ("what's their estimate?" after the Joint Chiefs); then
		// a group before a body, a body before a country, however far
		// back ("where are they?" after a question about Kursk)
		if len(c.refs) > 0 && c.refs[0].turn%2 == 1 {
			last := c.refs[0].turn
			// a thing the last question named is nearer than a country
			// ("who made them more accurate?" after "nk's kn-23 missiles")
			thing := func(rf referent) bool { return rf.class == "thing" }
			for _, tier := range []func(referent) bool{ts[0], ts[1], thing} {
				if out := pick(c.refs, func(rf referent) bool { return rf.turn == last && tier(rf) }); len(out) > 0 {
					return out
				}
			}
		}
		for _, tier := range ts {
			if out := pickNearest(c.refs, tier); len(out) > 0 {
				if len(out) > 1 && out[0].turn%2 == 0 {
					// several an answer named: the one the user last
					// named himself, if one ("the nk guys")
					asked := pickNearest(c.refs, func(rf referent) bool { return rf.turn%2 == 1 && tier(rf) })
					if len(asked) == 1 {
						return asked
					}
					if own := c.groupOfAsked(out); len(own) == 1 {
						return own
					}
				}
				return out
			}
		}
		return nil
	}
	return c.nearest(ts)
}

// groupOfAsked keeps of the groups an answer named those of the one
// country the question before it named ("what is North Korea getting out of this?"
// then "what does that mean for their weapons?": North Korea's military,
// not the Russian forces the answer also names).
func (c Conversation) groupOfAsked(groups []referent) []referent {
	if len(c.refs) == 0 {
		return nil
	}
	asked := map[string]bool{}
	for _, rf := range c.refs {
		if rf.turn == groups[0].turn+1 && rf.class == "country" && rf.concept != "" {
			asked[rf.concept] = true
		}
	}
	if len(asked) != 1 {
		return nil // "is that russia or ukraine?" names a choice, not whose
	}
	return pick(groups, func(rf referent) bool {
		owner, _, ok := strings.Cut(rf.concept, ":")
		return ok && asked[owner]
	})
}

// nearest lists the referents of the most recent part of the conversation
// that names any a tier of ts keeps, by the first such tier.
func (c Conversation) nearest(ts []func(referent) bool) []referent {
	for i := 0; i < len(c.refs); {
		turn := c.refs[i].turn
		j := i
		for j < len(c.refs) && c.refs[j].turn == turn {
			j++
		}
		for _, tier := range ts {
			var out []referent
			for _, rf := range c.refs[i:j] {
				if tier(rf) && !slices.ContainsFunc(out, func(o referent) bool { return o.sameKey(rf) }) {
					out = append(out, rf)
				}
			}
			// a role alone is the group that one of them names ("troops"
			// and "North Korean troops")
			out = slices.DeleteFunc(out, func(rf referent) bool {
				return rf.role == "" && slices.ContainsFunc(out, func(o referent) bool { return o.role != "" && o.role == rf.concept })
			})
			if len(out) > 0 {
				return out
			}
		}
		i = j
	}
	return nil
}

// pick lists the referents that ok keeps, each once, a role alone left
// out for the group one of them names ("troops" and "North Korean
// troops").
func pick(refs []referent, ok func(referent) bool) []referent {
	var out []referent
	for _, rf := range refs {
		if ok(rf) && !slices.ContainsFunc(out, func(o referent) bool { return o.sameKey(rf) }) {
			out = append(out, rf)
		}
	}
	return slices.DeleteFunc(out, func(rf referent) bool {
		return rf.role == "" && slices.ContainsFunc(out, func(o referent) bool { return o.role != "" && o.role == rf.concept })
	})
}

// pickNearest is pick of the most recent part of the conversation that
// names any referent tier keeps.
func pickNearest(refs []referent, tier func(referent) bool) []referent {
	for _, rf := range refs {
		if tier(rf) {
			turn := rf.turn
			return pick(refs, func(o referent) bool { return o.turn == turn && tier(o) })
		}
	}
	return nil
}

// tiers are the classes a reference may refer to, best first: "they" is
// a group before a body, a body before a country. (Made once, below: a
// turn reads them for each reference; none changes them.)
func tiers(r reference) []func(referent) bool {
	switch r.want {
	case "he":
		return heTiers
	case "she":
		return sheTiers
	case "they":
		return theyTiers
	case "it":
		if r.poss {
			return itsTiers
		}
		return itTiers
	case "there":
		return thereTiers
	case "country":
		return countryTiers
	case "figure":
		return figureTiers
	}
	return nil
}

// classTier is a tier of referents of any of the classes.
func classTier(classes ...string) func(referent) bool {
	return func(rf referent) bool { return slices.Contains(classes, rf.class) }
}

// pronounTier is the tier of people a pronoun refers to.
func pronounTier(pronoun string) func(referent) bool {
	return func(rf referent) bool { return rf.class == "person" && rf.pronoun == pronoun }
}

var (
	heTiers      = []func(referent) bool{pronounTier("he")}
	sheTiers     = []func(referent) bool{pronounTier("she")}
	theyTiers    = []func(referent) bool{classTier("group"), classTier("body"), classTier("country"), pronounTier("they")}
	itsTiers     = []func(referent) bool{classTier("thing", "country", "body")}
	itTiers      = []func(referent) bool{classTier("thing", "place")}
	thereTiers   = []func(referent) bool{classTier("place"), classTier("country")}
	countryTiers = []func(referent) bool{classTier("country")}
	figureTiers  = []func(referent) bool{classTier("figure")}
)

func (rf referent) key() string {
	if rf.concept != "" {
		return rf.concept
	}
	return strings.Join(rf.words, " ")
}

// sameKey reports whether rf.key() == o.key(), without joining words:
// settling each turn compares every referent with those kept.
func (rf referent) sameKey(o referent) bool {
	switch {
	case rf.concept != "" && o.concept != "":
		return rf.concept == o.concept
	case rf.concept != "":
		return joinedIs(o.words, rf.concept)
	case o.concept != "":
		return joinedIs(rf.words, o.concept)
	}
	return joinedEqual(rf.words, o.words)
}

// joinedEqual reports whether strings.Join(a, " ") == strings.Join(b, " ").
func joinedEqual(a, b []string) bool {
	if slices.Equal(a, b) {
		return true
	}
	// a word may be empty, or hold a space: compare the joined bytes
	joined := func(ws []string) func() (byte, bool) {
		i, j := 0, 0
		return func() (byte, bool) {
			for i < len(ws) {
				if j < len(ws[i]) {
					j++
					return ws[i][j-1], true
				}
				if i++; i < len(ws) {
					j = 0
					return ' ', true
				}
			}
			return 0, false
		}
	}
	na, nb := joined(a), joined(b)
	for {
		x, okA := na()
		y, okB := nb()
		if okA != okB || x != y {
			return false
		}
		if !okA {
			return true
		}
	}
}

// joinedIs reports whether strings.Join(ws, " ") == s.
func joinedIs(ws []string, s string) bool {
	for i, w := range ws {
		if i > 0 {
			if s == "" || s[0] != ' ' {
				return false
			}
			s = s[1:]
		}
		if !strings.HasPrefix(s, w) {
			return false
		}
		s = s[len(w):]
	}
	return s == ""
}

// allReferents lists everything of the pack that r could refer to, to
// offer when nothing earlier does.
func (e *Engine) allReferents(r reference) []referent {
	var out []referent
	for _, tier := range tiers(r) {
		for _, rf := range e.packRefs {
			if tier(rf) {
				out = append(out, rf)
			}
		}
		if len(out) > 0 {
			break
		}
	}
	if len(out) == 0 && (r.want == "he" || r.want == "she") {
		// no one of that pronoun: the people the report has
		for _, rf := range e.packRefs {
			if rf.class == "person" {
				out = append(out, rf)
			}
		}
	}
	return out
}

// addReferents adds what an analysed text names to refs, most recent
// first, and keeps the newest maxRefs. entry is the entry it is the answer
// of, plus one, if it is one: an answer that gives a number is a figure.
func (e *Engine) addReferents(refs []referent, an analysis, turn, entry int) []referent {
	return addFound(refs, e.referentsIn(an, turn, entry))
}

// referentsIn lists what an analysed text names (see addReferents).
func (e *Engine) referentsIn(an analysis, turn, entry int) []referent {
	var found []referent
	ts, ws := an.terms, an.words
	for i := 0; i < len(ts); i++ {
		t := ts[i]
		switch {
		case t.kind == KindEntity && i+1 < len(ts) && ts[i+1].kind == KindRole && ts[i+1].pos == t.modifies && !t.person && e.heldBy(ts[i+1].text, t.text):
			// a post, by whose it is: "the korean minister" (postref.go)
			found = append(found, e.holderOf(ts[i+1].text, turn))
			i++
		case t.kind == KindEntity && i+1 < len(ts) && ts[i+1].kind == KindRole && ts[i+1].pos == t.modifies && !t.person:
			// a group, by whose it is: "North Korean soldiers"
			words := slices.Clone(ws[t.pos:ts[i+1].end])
			if turn%2 == 1 && capturedGroup(ts, i) {
				words = capturedWords(ws[t.pos:t.end]) // "did Ukraine capture any NK soldiers?": they are the prisoners
			}
			found = append(found, referent{words: words, class: "group", turn: turn,
				concept: t.text + ":" + ts[i+1].text, role: ts[i+1].text})
			i++
		case t.kind == KindEntity && i+1 < len(ts) && modifierOf(t, ts[i+1], ws) && e.referentInfo[t.text].class == "group":
			// a name that only modifies a plural noun after it is not the
			// head: "these POW discussions" are the discussions (nounhead.go)
			found = append(found, referent{words: slices.Clone(ws[t.pos:ts[i+1].end]), class: "group", turn: turn})
			i++
		case t.kind == KindEntity && t.people:
			found = append(found, referent{words: slices.Clone(ws[t.pos:t.end]), class: "group", turn: turn})
		case t.kind == KindEntity || t.kind == KindRole:
			info, ok := e.referentInfo[t.text]
			if !ok {
				continue
			}
			if info.holder != "" {
				found = append(found, e.holderOf(t.text, turn))
				continue
			}
			rf := info
			rf.words, rf.turn = slices.Clone(ws[t.pos:t.end]), turn
			if t.kind == KindEntity && !t.person && !t.qualifier && i+1 < len(ts) && listedAfter(ws, t.end, ts[i+1]) && ws[t.end] == "and" && !ts[i+1].qualifier {
				// a list of names is a group: "South Korea and Ukraine" (not
				// "Ukraine or Russia", a choice)
				from, to := listSpan(ws, ts, i)
				found = append(found, referent{words: slices.Clone(ws[ts[from].pos:ts[to-1].end]), class: "group", turn: turn})
			}
			found = append(found, rf)
		}
	}
	if entry == 0 {
		if en, ok := e.figureOf(an); ok {
			entry = en + 1 // a figure a question or statement names
		}
	}
	if entry > 0 && slices.ContainsFunc(ts, func(t term) bool { return isNumber(t.text) }) {
		// said as what it counts: "that figure" is the casualties
		found = append(found, referent{class: "figure", entry: entry, turn: turn, concept: "figure:" + e.pack.Entries[entry-1].Topic})
	}
	return found
}

// addFound adds the referents found to refs, most recent first, and keeps
// the newest maxRefs.
func addFound(refs, found []referent) []referent {
	if len(found) == 0 {
		return refs
	}
	return addFoundTo(make([]referent, 0, min(maxRefs, len(found)+len(refs))), refs, found)
}

// addFoundTo is addFound for found not empty, appending to out (empty).
func addFoundTo(out, refs, found []referent) []referent {
	for _, rf := range found {
		if len(out) < maxRefs && !slices.ContainsFunc(out, func(o referent) bool { return o.sameKey(rf) }) {
			out = append(out, rf)
		}
	}
	for _, rf := range refs {
		if len(out) < maxRefs && !slices.ContainsFunc(out, func(o referent) bool { return o.sameKey(rf) }) {
			out = append(out, rf)
		}
	}
	return out
}

// figureOf returns the entry that gives a figure a text names ("the 4,000
// number"): the one whose answer starts with it.
func (e *Engine) figureOf(an analysis) (int, bool) {
	for _, t := range an.terms {
		if en, ok := e.figures[t.text]; ok && isNumber(t.text) {
			return en, true
		}
	}
	return 0, false
}

// figuresOf maps each figure to the entry whose answer gives it first (not
// a year): "3000" to the January toll, "4000" to February's.
func figuresOf(p *Pack, an *analyzer) map[string]int {
	out := map[string]int{}
	twice := map[string]bool{}
	for i, en := range p.Entries {
		for _, t := range an.analyze(en.Answer, false).terms {
			if !isNumber(t.text) || len(t.text) == 4 && t.text >= "1900" && t.text <= "2100" {
				continue
			}
			if _, ok := out[t.text]; ok {
				twice[t.text] = true
			}
			out[t.text] = i
			break
		}
	}
	for f := range twice {
		delete(out, f)
	}
	return out
}

// referentsOf reads the pack's referents: what class each name is of.
func referentsOf(p *Pack) (map[string]referent, []referent) {
	info := map[string]referent{}
	var all []referent
	for _, r := range p.Talk.Referents {
		rf := referent{concept: conceptName(r.Term), class: r.Class, pronoun: r.Pronoun, words: splitWords(r.Name), holder: conceptName(r.Holder)}
		info[rf.concept] = rf
		if r.Holder == "" {
			all = append(all, rf)
		}
	}
	return info, all
}

// dropLeadingTalk drops small talk that opens a question ("ok, what did
// he say?", "lol ok any of them moved yet?"), and reports whether it
// dropped words besides its phrases (see talkPrefix).
func dropLeadingTalk(ws []string, e *Engine) ([]string, bool) {
	dropped := false
	for len(ws) > 1 {
		n, more := e.talkPrefix(ws)
		if n == 0 || n == len(ws) {
			return ws, dropped
		}
		ws, dropped = ws[n:], dropped || more
	}
	return ws, dropped
}

// otherThan lists what "the other" may be when nothing was offered to
// choose from: the other person than the one the question ws itself names
// ("Cho is the korean one, so what's the other guy's job?"), or else the
// one the conversation last named ("who is Cho?" "what did the other guy
// say?"), or the other figure of
// the last answer's topic than the one it gave ("and the other
// figure?"). Several are asked back; none, nothing was meant.
func (e *Engine) otherThan(c Conversation, ws []string, r reference) []referent {
	if r.of == "thing" {
		return nil
	}
	if c.entry > 0 && (r.of == "figure" || r.of == "") {
		if f, _, ok := e.leadFigure(c.entry - 1); ok {
			// each other figure of the topic, by the entry that leads
			// with it ("Over 3,000: ..."), not one that mentions it after
			last := e.pack.Entries[c.entry-1]
			best := map[string]int{}
			at := map[string]int{}
			for en := range e.pack.Entries {
				g, pos, ok := e.leadFigure(en)
				if !ok || g == f || en == c.entry-1 || e.pack.Entries[en].Topic != last.Topic {
					continue
				}
				if p, seen := at[g]; !seen || pos < p {
					best[g], at[g] = en, pos
				}
			}
			var out []referent
			for g, en := range best {
				out = append(out, referent{words: []string{g, "figure"}, entry: en + 1})
			}
			return out
		}
		if r.of == "figure" {
			return nil
		}
	}
	var people []referent
	for _, rf := range e.packRefs {
		if rf.class == "person" {
			people = append(people, rf)
		}
	}
	named := pickNearest(c.refs, func(rf referent) bool { return rf.class == "person" })
	if own := e.peopleOwn(ws, r); len(own) > 0 {
		// "Cho is the korean one, so what's the other guy's job?": other
		// than the one the message itself names
		named = own
	}
	if len(named) != 1 {
		return people // which of them?
	}
	if r.of == "" && !slices.ContainsFunc(c.refs, func(rf referent) bool { return rf.class == "person" && !rf.sameKey(named[0]) }) {
		// "the other one", no person noun, is the other person only
		// when the talk has named two: after one alone it may be
		// anything else, and is asked back
		return people
	}
	return slices.DeleteFunc(people, func(rf referent) bool { return rf.sameKey(named[0]) })
}

// Which of several figures an ordinal asks for: the first given (the
// earlier), the second, or the last (the later).
var (
	firstFigure  = setOf("first", "1st", "earlier", "earliest", "older", "oldest")
	secondFigure = setOf("second", "2nd")
	lastFigure   = setOf("last", "latest", "later", "newer", "newest", "recent")
	// ordinalAsking ask for it and nothing more: "ok and the second one?"
	ordinalAsking = setOf("what", "whats", "which", "tell", "give", "me", "ok", "okay", "then", "again", "now", "and", "s")
)

// ordinalFigure returns the entry of the figure "the first one" asks for
// ("the article has 2 casualty figures right? what's the first one"):
// of the figures the topic's answer gives, in its order (the earlier
// first), the one the ordinal says, by the entry that gives it alone. The
// topic is the last answer's, if it gives several figures, else the last
// question's nearest entry that does. ok is false when ws asks anything
// else, or there are no such figures.
func (e *Engine) ordinalFigure(c Conversation, ws []string) (int, bool) {
	at, which := -1, 0
	for i := 1; i+1 < len(ws); i++ {
		if ws[i-1] != "the" || !figureNouns[ws[i+1]] {
			continue
		}
		switch {
		case firstFigure[ws[i]]:
			which = 0
		case secondFigure[ws[i]]:
			which = 1
		case lastFigure[ws[i]]:
			which = -1
		default:
			continue
		}
		at = i
	}
	if at < 0 || slices.ContainsFunc(slices.Concat(ws[:at-1], ws[at+2:]), func(w string) bool {
		return !askingWords[w] && !stopWords[w] && !ordinalAsking[w]
	}) {
		return 0, false // "who was the first one to say it?" asks more
	}
	topic := -1
	if c.entry > 0 && len(e.mainFigures(c.entry-1)) > 1 {
		topic = c.entry - 1
	} else if len(c.base) > 0 {
		an := e.an.analyzeWords(c.base, true)
		for _, cd := range e.rank(uniqueTerms(an.terms), an, 3) {
			if len(e.mainFigures(cd.entry)) > 1 {
				topic = cd.entry
				break
			}
		}
	}
	if topic < 0 {
		return 0, false
	}
	figs := e.mainFigures(topic)
	if which < 0 {
		which = len(figs) - 1
	}
	if which >= len(figs) {
		return 0, false
	}
	return e.leadingWith(figs[which], topic)
}

// leadingWith returns the entry of the topic of entry other that leads
// with figure f ("Over 3,000: ..."), the one that gives it soonest.
func (e *Engine) leadingWith(f string, other int) (int, bool) {
	best, at := -1, 0
	for en := range e.pack.Entries {
		g, pos, ok := e.leadFigure(en)
		if !ok || g != f || en == other || e.pack.Entries[en].Topic != e.pack.Entries[other].Topic {
			continue
		}
		if best < 0 || pos < at {
			best, at = en, pos
		}
	}
	return best, best >= 0
}

// leadFigure returns the first figure an entry's answer gives (not a
// year), and where in the answer it stands.
func (e *Engine) leadFigure(entry int) (string, int, bool) {
	for i, t := range e.answerTerms(entry) {
		if isNumber(t.text) && !(len(t.text) == 4 && t.text >= "1900" && t.text <= "2100") {
			return t.text, i, true
		}
	}
	return "", 0, false
}

// goWords are verbs of going somewhere, done by people, not by the
// countries or bodies that speak of them.
var goWords = setOf("go", "goes", "going", "went", "gone", "move", "moves", "moving", "moved", "relocate", "relocated",
	"relocating", "head", "heads", "headed", "heading", "resettle", "resettled", "settle", "settled")

// movesAfter reports whether a verb of going follows at of ws, near: "where
// would they go?", "where are they moving to?".
func movesAfter(ws []string, at int) bool {
	for i := at; i < len(ws) && i < at+3; i++ {
		if goWords[ws[i]] {
			return true
		}
	}
	return false
}

// placeIn reports whether ws names words as a place: after "in".
func placeIn(ws, words []string) bool {
	for i := 1; i+len(words) <= len(ws); i++ {
		if ws[i-1] == "in" && slices.Equal(ws[i:i+len(words)], words) {
			return true
		}
	}
	return false
}

// listed reports whether rf is a group that is a list of names of
// countries or bodies ("South Korea and Ukraine", see referentsIn): they
// speak and act, but do not go anywhere as people do.
func (rf referent) listed() bool {
	return rf.class == "group" && rf.concept == "" && rf.role == "" && slices.Contains(rf.words, "and")
}

// peopleOwn lists the people ws names itself, outside the reference r,
// once each.
func (e *Engine) peopleOwn(ws []string, r reference) []referent {
	rest := slices.Concat(ws[:r.at], ws[r.end:])
	var out []referent
	for _, t := range e.an.analyzeWords(rest, true).terms {
		rf, ok := e.referentInfo[t.text]
		if t.kind == KindEntity && ok && rf.class == "person" && !slices.ContainsFunc(out, func(o referent) bool { return o.sameKey(rf) }) {
			out = append(out, rf)
		}
	}
	return out
}

// asksWhoFirst reports whether the noun for a man at i is followed by a
// name of its own ("this guy Cho"), which it introduces: no one named
// before.
func asksWhoFirst(ws []string, i int) bool {
	return i+1 < len(ws) && ws[i+1] != "?" && ws[i+1] != possessive && !stopWords[ws[i+1]]
}
