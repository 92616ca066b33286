package knowledge

import (
	"slices"
	"strings"
)

// A question nothing answers as it stands is asked again (see
// Engine.answer): once per alternative of a choice, without the words
// that frame it, in parts, or after its premise, with the premise's names
// put for its pronouns. rephrase.go reads the words themselves; this file
// holds the ways to ask again.

// askAgain asks an, a reading of a question (a part, an alternative, the
// question without a detail), as a question of its own: the first entry
// that answers it, as the trace tells.
func (e *Engine) askAgain(an analysis, tr *trace) (candidate, bool) {
	if !an.asks() {
		// a reading left with a question word alone ("who is he?" after
		// a name the pack does not know, read as chatter) asks of
		// nothing: any entry would answer it as well as any other
		tr.note("not asked again: without the rest, only a kind of question is left")
		return candidate{}, false
	}
	q := e.newQuery(an)
	defer e.freeQuery(q)
	tr.again(q)
	c, ok := e.first(q, e.rank(q.unique, an, 3), tr)
	if ok && !e.answersBareName(c.entry, an) {
		// a name alone asks who or what it is (barename.go)
		tr.note("not the answer: a name alone asks who or what it is, and " + e.pack.Entries[c.entry].ID + " is not asked of it alone")
		return candidate{}, false
	}
	return c, ok
}

// retries are the ways to ask a question again when nothing answers it as
// it stands: once per alternative of a choice ("Was it a phone call or a
// meeting?"), and without the words that frame it ("Why does this story
// matter?"). Not in one part of a question asking two things: answerParts
// answers it with both parts or not at all, as half an answer would read
// as the whole ("how many were killed and how many wounded?").
func (an analysis) retries() []analysis {
	alts := an.alternatives()
	out := alts
	if un, ok := an.unframed(); ok {
		out = append(out, un)
		// and each alternative without the frame: "does the article
		// call nk's losses light or severe" asks whether they are severe
		for _, alt := range alts {
			if ua, ok := alt.unframed(); ok {
				out = append(out, ua)
			}
		}
	}
	if ug, ok := an.unguessed(); ok {
		out = append(out, ug)
	}
	if ug, ok := an.unguessedRole(); ok {
		out = append(out, ug)
	}
	if ua, ok := an.unapposed(); ok {
		out = append(out, ua) // see apposition.go
	}
	return out
}

// unguessed returns the question without the guess it offers ("cho is
// what exactly, like defense minister or smth?" asks what Cho is): a
// guess opens with "like" or "maybe" after the question word and ends
// with "or something". A wrong guess would only mislead the reading.
func (an analysis) unguessed() (analysis, bool) {
	ws := an.words
	o := len(ws) - 2
	if o < 2 || ws[o] != "or" || !guessEnds[ws[o+1]] {
		return analysis{}, false
	}
	from := -1
	for i := o - 1; i > 0; i-- {
		if ws[i] == "like" || ws[i] == "maybe" {
			from = i
			break
		}
	}
	if from < 0 || !slices.ContainsFunc(ws[:from], func(w string) bool { return whWords[w] }) {
		return analysis{}, false
	}
	out := an
	out.terms = slices.DeleteFunc(slices.Clone(an.terms), func(t term) bool { return t.pos >= from && t.pos < o })
	return out, out.enough() && len(out.terms) < len(an.terms)
}

// guessEnds end a guess offered as a choice ("or smth").
var guessEnds = setOf("something", "smth", "sth", "smthn", "somethin")

// opening returns where the part of terms cur starts among ws: at the
// "and" before its first term, after the part prev; else right after prev.
func opening(ws []string, prev, cur []term) int {
	from := prev[len(prev)-1].end
	for i := cur[0].pos - 1; i >= from; i-- {
		if ws[i] == "and" {
			return i
		}
	}
	return from
}

// unframed returns the question without its framing words ("why does
// this story matter?" asks why it matters), if it has any, and two terms
// besides, or one the pack's synonyms name that is not a kind of question
// ("what makes this story important?"): "how long is the article?" asks
// nothing without the article, and one plain word says too little ("is
// the article biased?" is not where the troops are based).
func (an analysis) unframed() (analysis, bool) {
	out := an
	out.terms = slices.DeleteFunc(slices.Clone(an.terms), func(t term) bool { return t.kind == KindFrame })
	return out, out.enough() && len(out.terms) < len(an.terms)
}

// enough reports whether a question asked on its own says enough to be
// answered: two terms, or one the pack's synonyms name that is not a kind
// of question ("what's the source?"); one plain word says too little.
func (an analysis) enough() bool {
	ts := an.terms
	return an.asks() && (len(ts) >= 2 || len(ts) == 1 && ts[0].kind != "" && ts[0].kind != KindQuestion)
}

// clauses splits a question that asks two things ("How many troops did
// North Korea send and where are they?") before each kind of question
// that follows "and", so that each part can be asked alone.
func (an analysis) clauses() []analysis {
	out, _ := an.clausesOwn()
	return out
}

// clausesOwn is clauses, with each part's own terms, before it borrows
// any of another part's (its names for its "he", or its topic).
func (an analysis) clausesOwn() (_ []analysis, own [][]term) {
	var cuts []int
	for i, t := range an.terms {
		if i > 0 && t.kind == KindQuestion && afterWord(an.words, t.pos, "and") >= 0 {
			cuts = append(cuts, i)
		}
	}
	// "..., and what did the Joint Chiefs add?": a question word the pack
	// reads as no term opens a clause too, as "whether" does ("what did
	// Seoul offer and whether there were strings attached"), and one after
	// a preposition ("..., and in what capacity does he serve?")
	for w := 1; w+1 < len(an.words); w++ {
		if an.words[w] != "and" || !whWords[an.words[w+1]] && an.words[w+1] != "whether" && !prepositionWh(an.words, w+1) {
			continue
		}
		if i := slices.IndexFunc(an.terms, func(t term) bool { return t.pos > w }); i > 0 && !slices.Contains(cuts, i) && (an.terms[i].pos > w+1 || isHowTerm(an.terms[i])) {
			cuts = append(cuts, i)
		}
	}
	for w := 1; w+2 < len(an.words); w++ {
		// "..., and he want what": a learner's clause asks with its
		// question word last, after its subject
		if an.words[w] != "and" || !subjectPronouns[an.words[w+1]] || !whWords[lastWord(an.words)] {
			continue
		}
		if i := slices.IndexFunc(an.terms, func(t term) bool { return t.pos > w }); i > 0 && !slices.Contains(cuts, i) {
			cuts = append(cuts, i)
		}
	}
	slices.Sort(cuts)
	if cuts == nil {
		return nil, nil
	}
	var out []analysis
	for k, from := range append([]int{0}, cuts...) {
		to := len(an.terms)
		if k < len(cuts) {
			to = cuts[k]
		}
		part := an
		part.terms = an.terms[from:to:to]
		out = append(out, part)
	}
	own = make([][]term, len(out)) // each part's terms, before it borrows any
	for k := range out {
		own[k] = out[k].terms
	}
	for k := range out {
		// a part that refers back ("who is Cho and what did he propose?")
		// is of the names of the part before: a word of its own words,
		// from the "and" that opens it to the next part's first term
		end := len(an.words)
		if k+1 < len(out) {
			end = own[k+1][0].pos
		}
		// ("he" and "she" a person; "it" is more often what the part
		// before asks for: "where are they fighting and who controls it?")
		var want string
		if k > 0 {
			for _, w := range an.words[opening(an.words, own[k-1], own[k]):end] {
				if r := refWords[w].want; r == "he" || r == "she" || r == "they" {
					want = r
				}
			}
		}
		if want != "" {
			for _, t := range own[k-1] {
				if t.kind == KindEntity && !t.qualifier && (want == "they" || t.person) && !slices.ContainsFunc(out[k].terms, func(o term) bool { return o.text == t.text }) {
					out[k].terms = append(slices.Clip(out[k].terms), t)
				}
			}
		}
		// a part that is only a kind of question asks it of its
		// neighbour's topic, the one before first: "when did nk send
		// troops and how many?", "when and where did they go?"
		if !slices.ContainsFunc(own[k], func(t term) bool { return t.kind != KindQuestion && !isHowTerm(t) }) {
			if k > 0 {
				if names := itsNames(an.words[opening(an.words, own[k-1], own[k]):end], out[k-1].terms); names != nil {
					out[k].terms = append(slices.Clip(out[k].terms), names...) // itsname.go
					continue
				}
			}
			for _, n := range []int{k - 1, k + 1} {
				if n < 0 || n >= len(own) || !slices.ContainsFunc(own[n], func(t term) bool { return t.kind != KindQuestion }) {
					continue
				}
				src := own[n]
				if n < k {
					src = out[n].terms // with what it borrowed
				}
				topic := slices.DeleteFunc(slices.Clone(src), func(t term) bool { return t.kind == KindQuestion })
				out[k].terms = append(slices.Clip(out[k].terms), topic...)
				break
			}
		}
	}
	for i := range out {
		// terms stand in the order of the words, as the grammar reads them
		slices.SortStableFunc(out[i].terms, func(a, b term) int { return a.pos - b.pos })
	}
	var kept []analysis
	var keptOwn [][]term
	for k, part := range out {
		part = ownWords(part, own, k) // see partwords.go
		if part.asks() {
			kept, keptOwn = append(kept, part), append(keptOwn, own[k])
		}
	}
	return kept, keptOwn
}

// alternatives returns the question once for each alternative of each
// choice in it ("A or B" gives one with A and one with B).
//
// An alternative after "too, or only" ("did they fight in Donbas too, or
// only in Kursk?") is not asked alone: the report speaking of it says nothing
// of whether it is the only one.
//
// Names set side by side ("which has more casualties, Russia or NK?")
// are not asked alone: the question asks of both (see comparesNames).
//
// An alternative that leaves out what the question asks for is not asked:
// in "what units or brigades are they from?" the question word is read
// with "units", and "brigades" alone would ask only of the troops; in
// "which generals or units were sent?" the reading has no question word
// for "which", and either alternative alone would ask only of who was
// sent.
func (an analysis) alternatives() []analysis {
	if an.lostAsk() {
		return nil
	}
	var out []analysis
	for i, t := range an.terms {
		if t.either == 0 {
			continue
		}
		if slices.ContainsFunc(an.terms, func(o term) bool {
			return o.either == t.either && o.pos != t.pos && o.kind == KindQuestion && slices.ContainsFunc(an.words[o.pos:o.end], func(w string) bool { return whWords[w] })
		}) {
			continue
		}
		if t.kind == KindQuestion && isQuestionWord(an.words[t.pos]) && slices.ContainsFunc(an.terms, func(o term) bool { return o.pos < t.pos && o.kind == KindQuestion && o.either != t.either }) {
			// "how many more or when?" asks two questions, not one with
			// either word: "when" in the other's place asks how many when
			continue
		}
		if an.onlySide(t) || comparesNames(an.terms, t) {
			// (names set side by side: "which has more casualties,
			// Russia or NK?" asks of both, and one alone is no answer)
			continue
		}
		alt := an
		alt.terms = make([]term, 0, len(an.terms))
		for j, o := range an.terms {
			if o.either != t.either || j == i {
				alt.terms = append(alt.terms, o)
			}
		}
		alt.terms[slices.IndexFunc(alt.terms, func(o term) bool { return o.pos == t.pos })].either = 0
		if q := an.askedOf(t); q >= 0 {
			alt.terms = slices.DeleteFunc(alt.terms, func(o term) bool { return o.pos == q })
			if !alt.enough() {
				continue
			}
		}
		out = append(out, alt)
	}
	return out
}

// readings says whether to answer a question as it stands, and returns
// the question after its premise, if it has one, read alone, its pronouns
// as the premise's names. That question decides when it asks what the
// pack does not know ("Budanov is the spy chief, what is his salary?"):
// then the question is not answered as it stands, nor again in parts,
// however well its premise matches; and the premise alone is never the
// question ("The troops are in Kursk, but are any in Crimea?").
func (e *Engine) readings(question string) (whole bool, proper analysis) {
	if premise, tail, ok := afterPremise(question); ok {
		ws := sentenceWords(askedPart(tail))
		ws, _ = e.withoutDoubt(ws) // the asker's doubt asks nothing (doubt.go)
		pws := sentenceWords(premise)
		var pr analysis // the premise's reading, once it is read
		read := false
		if slices.Contains(ws, "then") && finestDate(pws) > noDate {
			// "what about the 1950s war, how many died then?": its
			// "then" is the premise's date, which the question alone
			// would leave out
			return true, analysis{}
		}
		if topicOnly(e.an.analyzeWords(pws, true)) {
			// "And Ukraine soldiers, how many die?": the topic the
			// question asks of (topicpremise.go)
			return true, analysis{}
		}
		if checksPremise(ws) {
			// "North Korea lost 5,000 in Kursk, is it true?": its "it"
			// is the premise, a claim put to check, not the last name
			// in it
			return true, analysis{}
		}
		if echoesPremise(ws) {
			// "Ukraine already said yes to the transfer. did they?":
			// an auxiliary and a pronoun ask whether the premise is
			// so, not what its last name did
			return true, analysis{}
		}
		if pointsAtPremiseFigure(pws, ws) {
			// "500 were captured. Can you confirm that number?": the
			// figure it points at is the premise's (premisefigure.go)
			return true, analysis{}
		}
		if guessesAnswer(premise, ws) {
			// "Who captured them, was it Russia? Or Ukraine?": the
			// question after it guesses at the premise's answer, and
			// asks nothing alone
			return true, analysis{}
		}
		if asksPremiseAgain(premise, ws) {
			// "A patron is curious which official Cho spoke to. Who
			// was it?": its "it" is what the premise asks
			// (askedagain.go)
			return true, analysis{}
		}
		if lastAnswerAsk(ws) == askSaidBy && e.namesChoiceOnly(ws, e.an.analyzeWords(ws, true)) {
			// "Who made the estimate of 4000 dead? Is it from Ukraine
			// or South Korea?": whose the premise's thing is, not a
			// question of the two names alone (namechoice.go)
			return true, analysis{}
		}
		if asksOfPremise(ws) && len(e.an.analyzeWords(pws, true).unknown) > 0 {
			// "..., so does it say anything about that?": that is the
			// premise, with what the pack does not know (premiseabout.go)
			return true, analysis{}
		}
		if slices.ContainsFunc(ws, func(w string) bool { return pronouns[w] }) {
			pr, read = e.an.analyzeWords(pws, true), true
			if slices.ContainsFunc(pr.terms, func(t term) bool { return t.kind == KindKey }) && slices.ContainsFunc(pr.words, func(w string) bool { return negations[w] }) {
				// A premise that denies narrows what its pronoun stands
				// for ("The prisoners who don't want to go, what happens
				// to them?"): its names alone would ask of all of them.
				return true, analysis{}
			}
			if countsUngiven(pr) {
				// "SK already received 10 NK POWs last month, how are
				// they doing?": its pronoun stands for a count the
				// report never gives (premisefigure.go)
				return true, analysis{}
			}
			if slices.Contains(ws, "it") && unknownHead(pr) {
				// "Pyongyang's reaction to the Seoul offer: what was
				// it?": its "it" is the reaction (unknownhead.go)
				return true, analysis{}
			}
			if ws, ok = resolve(ws, pr); !ok {
				return true, analysis{} // its pronoun stands for nothing the premise names
			}
		}
		proper = e.an.analyzeWords(ws, true)
		if !asksGist(ws) {
			if !read {
				pr = e.an.analyzeWords(pws, true)
			}
			if putToCheck(question, premise, pr) {
				proper.premise = pr.terms
				proper.claim = claimAsked(proper, pr)
			}
		}
		if secondQuestion(premise, tail) {
			// "what's the condition, and how would they get there?":
			// the first of two questions, no premise (secondquestion.go)
			proper.firstAsked = e.firstAsked(premise, proper)
		}
	}
	return len(proper.unknown) == 0 || !proper.asks(), proper
}

// again lists, in turn, how to ask a question an not answered as it
// stands: as retries does, if whole, then the question after its premise.
func again(an analysis, whole bool, proper analysis) []analysis {
	var out []analysis
	if whole {
		out = an.retries()
	}
	if proper.enough() {
		// and once per alternative it offers: a word the pack does not
		// know may be only one of them ("Quiz: how did Cho present it: in
		// a letter, a speech, or a phone call?"); not the second of two
		// questions, whose alternatives would not carry the first
		out = append(out, proper)
		if proper.claim != nil {
			out = append(out, *proper.claim)
		}
		if proper.firstAsked.names == nil {
			out = append(out, proper.alternatives()...)
		}
	}
	return out
}

// afterPremise returns the question after a premise: the text after the
// last comma, semicolon, colon, sentence or "but" that starts as a
// question does, past a word that only moves the talk on ("anyway", "so")
// ("North Korea sent troops to help Russia, but in which region are they
// fighting?", "When South Korea and Ukraine hold these discussions, what
// do they focus on?", "this server is cooked today. anyway how did Cho
// pitch it, like face to face?"), and the premise.
func afterPremise(text string) (premise, question string, ok bool) {
	if !mayBreak(text) {
		return "", "", false // most questions: one clause, read in one pass
	}
	return cutPremise(text)
}

// cutPremise is afterPremise, for a text that may hold a break.
func cutPremise(text string) (premise, question string, ok bool) {
	if announcesParts(text) {
		return "", "", false // "two things: ..." has no premise (twothings.go)
	}
	for end := len(text); end > 0; {
		cut, skip := lastClauseBreak(text[:end])
		sentence := false
		// a sentence before it ("I'm confused. Who is Cho?"), or "but"
		// (lower-casing may move bytes)
		for _, sep := range []string{". ", "! ", "? ", " but ", " But ", " BUT "} {
			b := strings.LastIndex(text[:end], sep)
			for sep == ". " && b > 0 && titled(text[:b]) {
				// "the minister Mr. Cho spoke with": a title's stop ends
				// no sentence (sentences.go)
				b = strings.LastIndex(text[:b], sep)
			}
			if b > cut {
				cut, skip, sentence = b, len(sep), sep[0] != ' '
			}
		}
		if cut <= 0 {
			return "", "", false
		}
		question = strings.TrimSpace(text[cut+skip:])
		ws := splitWords(question) // "what's" is "what"
		// a sentence of its own that ends as a question asks, however
		// it starts ("... the article calls it their first war since
		// when exactly?"); a clause does not ("Kursk, Russia?"), nor a
		// word of surprise ("Really?", "you sure?")
		asked := sentence && end == len(text) && (strings.HasSuffix(question, "?") && len(ws) > 2 || endsAsking(ws))
		for k := 0; len(ws) > 1 && (movesOn[ws[0]] || k > 0 && ws[0] == "like"); k++ {
			// ("so like where are they fighting": a "like" after such a
			// word moves on too, where "..., like what did they change"
			// says the question again)
			ws = ws[1:]
		}
		if len(ws) > 0 && (questionStarts[ws[0]] || asked) && !setsAside(text[:cut]) && !partOfWhole(text[:cut]) && !(ws[0] == "in" && !sentence && asksFirst(text[:cut])) &&
			!(!sentence && asidesAsk(text[:cut])) {
			return strings.TrimRight(text[:cut], " ,;:.!?—–-"), question, true
		}
		end = cut
	}
	return "", "", false
}

// lastClauseBreak returns where the last comma, semicolon, colon or dash
// set between words stands in s, and its length; -1 if none. A dash
// sets a lead-in apart as a colon does ("on deadline — how many died?",
// "quick one - who is Cho?"); a hyphen or an en dash does so only with
// spaces round it ("KN-23", "2024–2025"), and none after a quotation,
// which the question after it asks of ("\"... stands prepared ...\" -
// where did he say this?").
func lastClauseBreak(s string) (int, int) {
	cut, skip := strings.LastIndexAny(s, ",;:"), 1
	for _, d := range clauseDashes {
		if i := strings.LastIndex(s, d); i > cut && !strings.ContainsAny(s[:i], "\"“”") {
			cut, skip = i, len(d)
		}
	}
	return cut, skip
}

// mayBreak reports whether text may hold what afterPremise cuts at: a
// comma, semicolon, colon or dash (lastClauseBreak), a mark that ends a
// sentence before a space, or " but " (in its three cases). Without any,
// it has no premise; read in one pass, where afterPremise would look for
// each of them apart.
func mayBreak(text string) bool {
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case ',', ';', ':', '-', 0xE2: // (0xE2 starts "—" and "–")
			return true
		case '.', '!', '?':
			if i+1 < len(text) && text[i+1] == ' ' {
				return true
			}
		case ' ':
			if r := text[i+1:]; len(r) >= 4 && (r[:4] == "but " || r[:4] == "But " || r[:4] == "BUT ") {
				return true
			}
		}
	}
	return false
}

// clauseDashes are the dashes that set a clause apart, longest first.
var clauseDashes = []string{"—", " – ", " -- ", " - "}

// titled reports whether the text before a full stop ends with a word
// written short ("Mr", "Gen"): not with a dotted one ("e.g." sets an
// example apart, and the question after it is a question of its own), nor
// a month, which may well end a sentence ("... by early Feb. How many?").
func titled(before string) bool {
	w := strings.ToLower(before[strings.LastIndexAny(before, " (\"“‘")+1:])
	return abbreviations[w] && !months[w]
}

// setsAside reports whether a clause only sets a name aside ("Besides the
// KN-23, which weapons ...?"): it is part of the question after it, no
// premise.
func setsAside(clause string) bool {
	ws := splitWords(clause)
	return len(ws) > 0 && (setAside[ws[0]] || len(ws) > 1 && setAside[ws[0]+" "+ws[1]]) || namesTopic(ws)
}

// namesTopic reports whether a clause only turns to a topic ("what about
// Russia, do they admit it?", "and as for the POWs, ..."): the question
// after it is of that topic, which its pronoun refers to, so the clause is
// part of it, no premise to set apart.
func namesTopic(ws []string) bool {
	for len(ws) > 1 && movesOn[ws[0]] {
		ws = ws[1:]
	}
	return len(ws) > 2 && len(ws) <= 5 && ((ws[0] == "what" || ws[0] == "how") && ws[1] == "about" || ws[0] == "as" && ws[1] == "for")
}

// partOfWhole reports whether a clause names the whole the question after
// it asks a part of ("Of the 3,000 killed or hurt, how many died?", "out
// of the 3k", "among the captured"): it is part of the question, no
// premise; asked alone, "how many died?" has another answer.
func partOfWhole(clause string) bool {
	if i := strings.LastIndexAny(clause, ":;"); i >= 0 {
		// after a lead-in ("Fill in: Of the 3,000 ..."), the clause itself
		clause = clause[i+1:]
	}
	ws := splitWords(clause)
	if len(ws) > 1 && ws[0] == "out" && ws[1] == "of" {
		ws = ws[1:]
	}
	return len(ws) > 1 && (ws[0] == "of" || ws[0] == "among" || ws[0] == "amongst")
}

// asidesAsk reports whether a clause ends with a short aside after a
// question word and what it asks, with no verb of its own ("which
// Ukrainian official, by name, was Cho talking to?"): the words after the
// aside go on with that question, and are no question after a premise.
func asidesAsk(clause string) bool {
	i := strings.LastIndexAny(clause, ",;:.!?")
	if i < 0 || clause[i] != ',' {
		return false
	}
	aside := splitWords(clause[i+1:])
	if len(aside) == 0 || len(aside) > 3 || !prepositions[aside[0]] && !(len(aside) == 1 && strings.HasSuffix(aside[0], "ly")) {
		return false
	}
	head := clause[:i]
	if j := strings.LastIndexAny(head, ",;:.!?"); j >= 0 {
		head = head[j+1:]
	}
	ws := splitWords(head)
	return len(ws) > 0 && len(ws) <= 4 && whWords[ws[0]] && !slices.ContainsFunc(ws, func(w string) bool { return beAux[w] || doAux[w] || modals[w] })
}

// asksFirst reports whether a clause asks with a question word of its own
// ("where were they captured, in Kursk or in Ukraine?"): a place after it
// narrows its question, and asks none of its own.
func asksFirst(clause string) bool {
	// its last clause: "Quiz: how did Cho present it, in a letter or on a
	// call?" asks after its "Quiz:"
	if i := strings.LastIndexAny(clause, ",;:.!?"); i >= 0 && strings.TrimSpace(clause[i+1:]) != "" {
		clause = clause[i+1:]
	}
	ws := splitWords(clause)
	return len(ws) > 0 && whWords[ws[0]]
}

// checksPremise reports whether the question after a premise only asks
// whether it is so ("is it true?", "is that right?", "correct?").
func checksPremise(ws []string) bool {
	checks := false
	for _, w := range ws {
		switch {
		case trueWords[w]:
			checks = true
		case !beAux[w] && w != "it" && w != "that" && w != "this":
			return false
		}
	}
	return checks
}

// echoesPremise reports whether the question after a premise is only an
// auxiliary and a pronoun, as a tag ("did they?", "is it?", "has he
// really?"): it asks whether the premise is so, its verb left out.
func echoesPremise(ws []string) bool {
	var rest []string
	for _, w := range ws {
		if w != "really" && w != "actually" && w != "now" {
			rest = append(rest, w)
		}
	}
	return len(rest) == 2 && (doAux[rest[0]] || beAux[rest[0]]) && guessSubjects[rest[1]]
}

// bothAfterPremise returns the two questions after a premise when the
// question after it is joined by "and" to a question before it: "Quick
// context: when did they go, and what are they doing?" asks both, after
// "Quick context".
func bothAfterPremise(text string) (string, bool) {
	premise, second, ok := afterPremise(text)
	if !ok {
		return "", false
	}
	if ws := splitWords(second); len(ws) < 2 || ws[0] != "and" || !isQuestionWord(ws[1]) {
		return "", false
	}
	_, first, ok := afterPremise(premise)
	if ws := splitWords(first); !ok || len(ws) == 0 || !isQuestionWord(ws[0]) {
		return "", false
	}
	return first + ", " + second, true
}

// guessesAnswer reports whether the question ws after premise only
// guesses at the answer to the premise, itself a question ("who captured
// them, was it Ukraine?"), as a question after another does (see guessAt).
func guessesAnswer(premise string, ws []string) bool {
	var pw []string
	if sents := splitMessage(premise); len(sents) > 0 {
		pw = sentenceWords(sents[len(sents)-1]) // none when the premise is all marks ("..., was it Russia?")
	}
	return guessAt(pw, ws)
}

// askedPart returns the question without the remarks after its last
// sentence that asks, as core reads a message (see lastAsked): they
// ("Does the article say they are watched? Curious if that's just a
// rumor.") say what the asker thinks, not what they ask, and their words
// are no part of the question.
func askedPart(question string) string {
	if !severalSentences(question) {
		return question
	}
	sents := splitMessage(question)
	return strings.Join(sents[:max(lastAsked(sents), 0)+1], " ")
}

// wordsAt returns where the words sub first stand in ws, in a row, or
// -1 (and -1 for no words).
func wordsAt(ws, sub []string) int {
	for i := 0; i+len(sub) <= len(ws) && len(sub) > 0; i++ {
		if slices.Equal(ws[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// movesOn are the words that open a sentence only to move the talk on to
// it ("anyway how did ...", "ok so who ...").
var movesOn = setOf("anyway", "anyways", "so", "ok", "okay", "also", "btw", "well", "and", "now", "then", "hmm", "but", "oh", "ah", "alright",
	// chat's fillers before a question ("..., wait who proposed it")
	"wait", "yo", "hey", "bro", "tbh", "ngl", "honestly", "lol", "um", "uh", "umm", "idk")

// resolve puts the names of the premise pr for the pronouns of the
// question ws: "they", "their", "each" and "both" are all of them ("South Korea and
// Ukraine") but a place ("Russia's losses in Kursk, what's their
// number?" is not Kursk's), "it" the last, "he" the last person. A name the question has
// itself is not what its pronoun stands for; ok is false when the premise
// names no other.
func resolve(ws []string, pr analysis) (out []string, ok bool) {
	var names, persons, plural [][]string
	own := false // a name the question itself has
	for _, t := range pr.terms {
		if t.kind == KindEntity && !t.qualifier && !saidOfPronoun(pr.words, t.pos) {
			if wordsAt(ws, pr.words[t.pos:t.end]) >= 0 {
				// "about Russia and its missiles, what did Russia do to
				// them?": a pronoun beside a name stands for another
				own = true
				continue
			}
			names = append(names, pr.words[t.pos:t.end])
			if !t.place {
				plural = append(plural, pr.words[t.pos:t.end])
			}
			if t.person {
				persons = append(persons, pr.words[t.pos:t.end])
			}
		}
	}
	if len(names) == 0 && own {
		return ws, false
	}
	if len(persons) == 0 && len(pr.unknown) > 0 && !slices.ContainsFunc(pr.terms, func(t term) bool { return t.kind == KindRole }) &&
		slices.ContainsFunc(ws, func(w string) bool { return personPronouns[w] }) {
		// "who is South Korea's president, and what did he say?", "a
		// gentleman from Ukrainian intelligence said ...; what is his
		// name?": his "he" is a person the premise names in words the
		// pack does not know, whom no entry speaks of
		return ws, false
	}
	if len(names) == 0 {
		if out, ok := rolePronoun(ws, pr); ok {
			return out, true // "the emissary ...: what is his portfolio?" (rolepronoun.go)
		}
		// no name, but a figure or a thing counted ("the 3000 number,
		// who reported it?" is of that number)
		var thing []string
		figure := false
		for _, t := range pr.terms {
			if t.kind != KindQuestion && t.kind != KindFiller && t.kind != KindFrame {
				thing = append(thing, pr.words[t.pos:t.end]...)
				figure = figure || isNumber(t.text) || t.kind == KindKey
			}
		}
		if !figure || !slices.Contains(ws, "it") {
			return ws, true
		}
		for i, w := range ws {
			if w == "it" && !expletiveIt(ws, i) {
				out = append(out, thing...)
			} else {
				out = append(out, w)
			}
		}
		return out, true
	}
	for _, w := range ws {
		switch {
		case (w == "they" || w == "them" || w == "their" || w == "each" || w == "both") && len(plural) > 0:
			for i, n := range plural {
				if i > 0 {
					out = append(out, "and")
				}
				out = append(out, n...)
			}
		case w == "it" || w == "its":
			out = append(out, names[len(names)-1]...)
		case (w == "he" || w == "him" || w == "his") && len(persons) > 0:
			out = append(out, persons[len(persons)-1]...)
		case (w == "he" || w == "him" || w == "she") && len(persons) == 0 && !slices.ContainsFunc(pr.terms, func(t term) bool { return t.kind == KindRole }):
			// "the guy from china intel, what'd he say?": a person the
			// premise tells only by whom they are from speaks for them
			// (what "the guy from Ukraine intel" says, Ukraine's
			// intelligence says); left out, the question would ask what
			// anyone says. A role the premise names is the person ("if a
			// North Korean soldier is captured, ... for him to be sent")
			for i, n := range names {
				if i > 0 {
					out = append(out, "and")
				}
				out = append(out, n...)
			}
		default:
			out = append(out, w)
		}
	}
	return out, true
}

// personPronouns stand for a person.
var personPronouns = setOf("he", "him", "his", "she", "her")

// lostAsk reports whether the question asks with "which" or "what"
// before its choice that no term reads, while no term asks a kind of
// question: what it asks for is lost in the reading. ("a politician or
// military or what?" asks with the choice.)
func (an analysis) lostAsk() bool {
	if slices.ContainsFunc(an.terms, func(t term) bool { return t.kind == KindQuestion }) {
		return false
	}
	first := slices.IndexFunc(an.terms, func(t term) bool { return t.either != 0 })
	if first < 0 {
		return false
	}
	for i, w := range an.words[:an.terms[first].pos] {
		if (w == "which" || w == "what") && !slices.ContainsFunc(an.terms, func(t term) bool { return i >= t.pos && i < t.end }) {
			return true
		}
	}
	return false
}

// onlySide reports whether the alternative t follows "too, or only" (or
// "just") after the alternative before it: the question takes t as so,
// and asks of the other ("is that a policy or just an idea?" takes
// neither as so).
func (an analysis) onlySide(t term) bool {
	for _, o := range an.terms {
		if o.either != t.either || o.pos >= t.pos {
			continue
		}
		between := an.words[o.end:t.pos]
		if i := slices.Index(between, "or"); i > 0 && slices.ContainsFunc(between[:i], func(w string) bool { return w == "too" || w == "also" }) &&
			slices.ContainsFunc(between[i+1:], func(w string) bool { return w == "only" || w == "just" || w == "merely" }) {
			return true
		}
	}
	return false
}

// askedOf returns where the question term stands that the choice of t
// answers, or -1: a choice right after its question word names who or
// what it asks for ("collaborating with who, china or russia?" asks
// whether with China or with Russia), so an alternative asks it no more.
// ("why" and "how" ask of the choice, not for it.)
func (an analysis) askedOf(t term) int {
	first := slices.IndexFunc(an.terms, func(o term) bool { return o.either == t.either })
	if first < 1 {
		return -1
	}
	q, a := an.terms[first-1], an.terms[first]
	if q.kind != KindQuestion || a.pos-q.end > 1 || !slices.ContainsFunc(an.words[q.pos:q.end], func(w string) bool { return askForName[w] }) {
		return -1
	}
	// a choice offered with "or", not set aside ("why kursk and not donbas")
	for _, o := range an.terms[first+1:] {
		if o.either == t.either && slices.Contains(an.words[a.end:o.pos], "or") {
			return q.pos
		}
	}
	return -1
}

// askForName are question words that ask for a name, which a choice may offer.
var askForName = setOf("who", "whom", "whose", "which", "what")

// prepositionWh reports whether ws[i] is a preposition with a question
// word after it ("in what capacity", "to whom"), which opens a clause as
// the question word alone does.
func prepositionWh(ws []string, i int) bool {
	return i+1 < len(ws) && (prepositions[ws[i]] || wayPrepositions[ws[i]]) && whWords[ws[i+1]]
}

// wayPrepositions open a question of the way a thing went ("..., and over
// what channel?", "and via which route?"), as a preposition of core.go's does.
var wayPrepositions = setOf("over", "through", "via", "across", "thru")
