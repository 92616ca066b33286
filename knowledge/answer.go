package knowledge

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode/utf8"
)

// MaxQuestionRunes is the longest question the engine reads. Longer input is
// declined with a message saying so, never analysed in part.
const MaxQuestionRunes = 1000

// Outcome says what kind of result an Answer is.
type Outcome string

const (
	Answered Outcome = "answered" // the pack answers the question
	Declined Outcome = "declined" // the report does not say
	Greeting Outcome = "greeting" // a greeting or a call for help
	Invalid  Outcome = "invalid"  // empty, too long, or no words at all
	// In a conversation (see conversation.go):
	Clarify       Outcome = "clarify"   // asked back what a follow-up means
	Chat          Outcome = "smalltalk" // thanks, ok, bye: a short reply
	OtherLanguage Outcome = "language"  // not in English: a notice
)

// Answer is the engine's reply to one question.
type Answer struct {
	Question string `json:"question"`
	// Answered is true only when the pack answers the question.
	Answered   bool       `json:"answered"`
	Outcome    Outcome    `json:"outcome"`
	Text       string     `json:"answer"`
	Confidence float64    `json:"confidence"`
	Citations  []Citation `json:"citations"`
	Source     string     `json:"source"`
	AsOf       string     `json:"as_of,omitempty"`
	// Related are questions the pack answers, to ask next (or instead),
	// and RelatedIDs their entries, in the same order.
	Related    []string `json:"related"`
	RelatedIDs []string `json:"related_ids"`
	EntryID    string   `json:"id,omitempty"`
	Topic      string   `json:"topic,omitempty"`
	// Language is the code of the language a question was in, when it
	// was not English and the pack has a line for it.
	Language string `json:"language,omitempty"`
	// with are the other entries an answer is made of, by index, whose
	// names a follow-up may refer to as the entry's (see answerPeople).
	with []int
	// reread says another reading of the question than the question as
	// it stands found the answer (a part of it, without some words).
	reread bool
	// checked says the answer is the report's fact given to a claim put
	// to check with one detail wrong (factcheck.go).
	checked bool
	// unconfirmed, on an answer that confirms a claim put to check, is
	// its text before the "Yes." (claimyes.go); empty on any other.
	unconfirmed string
	// ofLastStands, on a question about the last answer declined because
	// the report does not say it of that answer ("says who?" of a figure
	// it attributes to no one), says the last answer is still the one in
	// view: the question is not turned down as one of its own
	// (lastanswerstands.go).
	ofLastStands bool
}

// Answer answers one question, as the first message of a conversation
// (see AnswerIn): small talk and other languages get their replies, and a
// message of several sentences is read as one turn. A question the report
// does not answer is a normal result (Answered false, with related
// questions), not an error.
func (e *Engine) Answer(question string) Answer {
	a, _ := e.converse(Conversation{alone: true}, question, nil)
	return a
}

// answer is the one way a question is answered, step by step: Answer runs
// it, and Explain runs it with a trace that records what each step did.
// Both pass a trace (Answer's is quiet); a nil one marks the engine's own
// readings of a piece of a message or of a question it makes up, which a
// step for what people write around a question (a claim's frame) skips.
func (e *Engine) answer(question string, tr *trace) Answer {
	a := e.answerRead(question, tr)
	if both, ok := e.halfOfTwo(a, question); ok {
		tr.note("its last sentence, two questions, answered alone: the whole answered only the first")
		return both
	}
	return a
}

// answerRead is answer, before halfOfTwo (halfoftwo.go).
func (e *Engine) answerRead(question string, tr *trace) Answer {
	a := e.newAnswer(question)
	if utf8.RuneCountInString(question) > MaxQuestionRunes {
		tr.note("not read: longer than the engine reads")
		a.Outcome = Invalid
		a.Text = fmt.Sprintf("That is too long for a question: please ask in fewer than %d characters.", MaxQuestionRunes)
		e.relate(&a, e.starters(3))
		return a
	}
	if q, ok := withoutSignOff(question); ok {
		// "... the prisoners. Kind regards, Harold": the name signed is
		// no part of the question (signoff.go)
		tr.note("asked without its sign-off: " + q)
		sa := e.answer(q, tr)
		sa.Question = a.Question
		return sa
	}
	if q, ok := fromPointText(question); ok {
		// "... keg's gone. tl;dr what's seoul offering kyiv": what
		// comes before the marker is chatter (pointmarker.go)
		tr.note("asked from its point marker on: " + q)
		pa := e.answer(q, tr)
		pa.Question = a.Question
		return pa
	}
	if q, ok := withoutClosingAddress(question, e.an.usage.address); ok {
		// "what's the gist of this report, partner?": the word that
		// addresses the bot is no part of the question (closingaddress.go)
		tr.note("asked without its closing address: " + q)
		ca := e.answer(q, tr)
		ca.Question = a.Question
		return ca
	}
	if q, ok := withoutInnerAddress(question, e.an.usage.address); ok {
		// "what're SK and ukraine even talkin about, bud, like what's
		// the focus?": a word of address between commas is no part of
		// the question either (inneraddress.go)
		tr.note("asked without its word of address: " + q)
		ia := e.answer(q, tr)
		ia.Question = a.Question
		return ia
	}
	if q, ok := e.anythingFrom(question, tr); ok {
		// "does the piece report anything from Pyongyang itself?": what
		// Pyongyang says (anythingfrom.go), declined when no one of that
		// name is quoted
		tr.note("asks what a name says: " + q)
		fa := e.answer(q, tr)
		fa.Question = a.Question
		return fa
	}
	if q, ok := pointedQuestion(question); ok {
		// "I had understood that it was made in Kyiv; would you tell me
		// whether that is what the article says?": what was said, put to
		// check (requestback.go)
		if pa, ok := e.askedAs(question, q, "asked of what it said before its request", tr); ok {
			return pa
		}
	}
	if q, ok := e.an.requestedQuestion(question); ok {
		// "... would be grateful if someone could tell me which official
		// proposed it": the question the request asks, without what the
		// asker has been reading (requested.go)
		tr.note("asked as requested: " + q)
		if ra := e.answer(q, tr); ra.Answered {
			ra.Question = a.Question
			return ra
		}
		tr.note("not answered as requested: read whole")
	}
	if qa, ok := e.quotedWording(a, question, tr); ok {
		// "does paragraph 1 say 'significant casualties' or 'heavy
		// casualties'?": the phrase the report prints (quotedwording.go)
		return qa
	}
	if q, first, ok := e.paragraphOfAsked(question, tr); ok {
		// "which paragraph mentions the KN-23?": the thing alone, and
		// the paragraphs its answer cites (paragraphof.go)
		tr.note("asks which paragraph says: " + q)
		qa := e.answer(q, tr)
		if first && qa.Answered {
			// "which paragraph first mentions North Korea?": only the
			// first paragraph that names it, or no answer
			fa, ok := e.firstCited(qa, q)
			if !ok {
				tr.note("its answer does not cite the first paragraph that names it")
				a.Outcome = Declined
				a.Text = "The report doesn't say. I can answer questions like these:"
				a.Related, a.RelatedIDs = qa.Related, qa.RelatedIDs
				return a
			}
			qa = fa
		}
		if pa, ok := e.inParagraphs(qa); ok {
			if holdsMark(question, sentenceMark) && slices.ContainsFunc(tr.readWords(question), func(w string) bool { return sentenceNouns[w] }) {
				// "which sentence says ...?": the sentences themselves
				pa = e.inReportWords(pa, "")
			}
			pa.Question = a.Question
			return pa
		}
		tr.note("not answered as the thing alone: read whole")
	}
	if q, ok := wordingAsked(question); ok {
		// "what word does the report use for the soldiers who died?":
		// the thing alone, answered with the report's own sentence
		// (wording.go)
		tr.note("asks the report's own words for: " + q)
		if e.wordedInSeveral(q) {
			tr.note("not asked alone: the report names it in several sentences")
		} else if wa := e.answer(q, tr); wa.Answered {
			wa = e.inReportWords(wa, q)
			wa.Question = a.Question
			return wa
		}
		tr.note("not answered as the thing alone: read whole")
	}
	if q, ok := clueNounAsked(question); ok {
		// "Month of the 3,000 casualty figure?": the question the clue
		// stands for, "what month was ..." (cluenoun.go)
		if ca, ok := e.askedAs(question, q, "a clue, asked as the question it stands for", tr); ok {
			return ca
		}
	}
	if da, ok := e.answerDebate(question, tr); ok {
		// "A says X, B says Y. who's right?": X put to check
		// (claimdebate.go)
		return da
	}
	if ca, ok := e.answerFramedClaim(question, tr); ok {
		// "my uncle says X — true?", "Headline: 'X'. Accurate?": the
		// claim alone, put to check (claimframe.go)
		return ca
	}
	if ca, ok := e.answerFramedChoice(question, tr); ok {
		// "Checking copy: Cho, foreign or defence minister?": the
		// choice alone (framedchoice.go)
		return ca
	}
	if ra, ok := e.answerRelativeClaim(question, tr); ok {
		// "NK troops fight in Kursk, which is under Ukrainian control,
		// right?": the clause's claim corrected (claimrelative.go)
		return ra
	}
	if q, ok := e.frame.unframe(question); ok {
		// "does the report say that ...?" asks what it says (see
		// reportframe.go); when that is not answered and a sentence
		// before it is a premise, the question is read as it stands,
		// where the premise may still name what it asks of ("North Korea is getting tangled up in
		// this. Does the article say their involvement is growing?")
		tr.note("asked without its frame about the report: " + q)
		fa := e.answer(q, tr)
		if fa.Answered || len(splitMessage(question)) == 1 {
			// a frame with no premise before it says nothing more
			// as it stands: its "say" would be asked of who says
			// what ("does the report say South Korea sent troops?"
			// is no question of who reported the troops)
			fa.Question = a.Question
			return fa
		}
		tr.note("not answered without its frame: asked as it stands")
	}
	if ra, ok := e.beforeRemarks(question, tr); ok {
		return ra
	}
	if ta, ok := e.answerTwoQuestions(a, question, tr); ok {
		// "Who is Cho? Where are they fighting?": each a question of
		// its own, not the first the premise of the second
		// (twoquestions.go)
		return ta
	}
	ws := tr.sentenceWords(question, false)
	if en, ok := e.exactEntry(ws); ok {
		// a curated phrasing, asked word for word: its entry, unranked
		tr.exact(e.pack.Entries[en].ID)
		return e.answerWith(a, en, 1)
	}
	an := tr.analyzeWords(e.an, ws, true, tr.keepsAsked()) // (kept for the next turn: lastread.go)
	if an.paragraph != 0 && !pointsInQuestion(question, e.an.leads) {
		an.paragraph = 0 // "The opening paragraph says ... How many died?"
	}
	tr.read(an)
	if an.greeting {
		tr.note("a greeting")
		a.Outcome = Greeting
		a.Text = "Hi! I answer questions about one news report: " + e.pack.Title + ". Every answer cites the report's own words. Try one of these:"
		e.relate(&a, e.starters(3))
		return a
	}
	if judgesReport(ws, an) {
		// "is this accurate?", "whose side is the article on?": no entry
		// answers it, nor any reading of it without the report ("is the
		// article biased against Russia?" is no question of Russia)
		tr.note("asks whether the report itself is to be believed, or whose side it takes")
		return e.declineSuggesting(a, an)
	}
	if da, ok := e.declineWhyRather(a, an, tr); ok {
		return da // "why Kursk and not Ukraine?" (whyrather.go)
	}
	if pa, ok := e.answerPeople(a, an, tr); ok {
		return pa
	}
	if en, ok := e.paragraphLead(an); ok {
		tr.note("points at a paragraph, and asks nothing else of it: the entries of its sentences")
		found := e.paragraphWhole(an.paragraph, en)
		if len(found) > 1 {
			// what the paragraph says, sentence by sentence (paragraphwhole.go)
			return e.combine(a, found, tr)
		}
		if len(found) == 1 {
			en = found[0].entry // the one sentence's entry, or the lead
		}
		tr.checked(e.pack.Entries[en].ID, &candidate{score: 1, cov: 1, cos: 1}, nil, "")
		return e.answerWith(a, en, 1)
	}
	if !an.asks() {
		tr.note("nothing to rank: no terms, or only a kind of question")
		a.Outcome = Invalid
		a.Text = "I could not find a question in that. Ask me about the report, for example:"
		if asked(an.words) {
			// "is he right?", "are they right?": a question, of nothing the
			// report speaks of
			a.Outcome = Declined
			a.Text = "The report doesn't say. I can answer questions like these:"
		}
		e.relate(&a, e.starters(3))
		return a
	}
	if x, ok := asksWhichUnknown(an); ok {
		// "which company helped?": none the pack knows (whichunknown.go)
		tr.note("asks which " + x + ", a thing the report never speaks of")
		return e.declineSuggesting(a, an)
	}
	q := e.newQuery(an)
	cands := e.rank(q.unique, an, 3)
	whole, proper := e.readings(question)
	if cs := an.clauses(); whole && len(cs) > 1 {
		// two questions asked as one ("how did Cho make the offer and
		// what is the condition?", "who is Budanov and what did he
		// say?"): both answered, each by its entry, before one entry
		// that answers the first is taken for the whole
		if pa, ok := e.answerParts(a, an, tr); ok {
			e.freeQuery(q)
			return pa
		}
	}
	if !whole {
		tr.note("not asked as it stands: the question after its premise asks what the pack does not know")
	} else if c, ok := e.first(q, cands, tr); ok && !e.missesAsked(c.entry, proper) {
		e.freeQuery(q)
		// a claim put to check that the entry states whole: yes (claimyes.go)
		return e.confirmed(e.answerWith(a, c.entry, c.score), ws, question, c.entry, tr)
	} else if ok {
		tr.note("not answered as it stands: " + e.pack.Entries[c.entry].ID + " answers the premise, not what the question after it asks")
	}
	e.freeQuery(q)
	var readings []analysis
	coreText := "" // the question without its chatter, when that differs
	if whole {
		if cw, ok := e.core(question, ws); ok {
			coreText = strings.Join(cw, " ")
			if en, ok := e.exactEntry(cw); ok {
				tr.note("without the chatter around it, a curated phrasing")
				tr.exact(e.pack.Entries[en].ID)
				return e.answerWith(a, en, 1)
			}
			// without the chatter around it (see core)
			ca := e.an.analyzeWords(cw, true)
			readings = append(readings, ca)
			if un, ok := ca.unframed(); ok {
				// and without the report's frame, as the whole is read
				// again: "I hesitate to ask, but is the article certain
				// that NK sent troops, or is it a matter of reports?"
				// asks whether it is confirmed
				readings = append(readings, un)
			}
			if !keepsParagraph(an, ca) {
				// asked alone, the core would point at no paragraph
				// (corepointer.go)
				coreText = ""
			}
		}
	}
	if whole {
		if pa, ok := e.answerParts(a, an, tr); ok {
			return pa
		}
	}
	if both, ok := bothAfterPremise(question); ok {
		// two questions after a premise ("Quick context: when did they
		// go, and what are they doing?"), each answered alone
		if pa, ok := e.answerParts(a, e.an.analyzeWords(sentenceWords(both), true), tr); ok {
			pa.reread = true
			return pa
		}
	}
	if whole {
		if c, ok := e.choosePhrase(an, tr); ok {
			a = e.answerWith(a, c.entry, c.score)
			a.reread = true
			return a
		}
	}
	retries := append(again(an, whole, proper), readings...)
	if pair, ok := e.sideBySide(an); ok {
		retries = append(retries, pair)
	}
	for i := range retries {
		retries[i].paragraph = an.paragraph // a reading of part of it points where it does
	}
	var clauses []analysis
	if whole {
		clauses = an.clauses()
	}
	// a count asked exact, and no choice offered ("a precise number, or
	// just 'thousands'?" asks which the report gives)
	exact := asksExactCount(an.words, an.terms) && !slices.Contains(an.words, "or")
	// the question after a premise that is a question of its own asks
	// its own thing ("what means 'first engagement'? did north korea
	// not fight before?"); after a comma, the premise may be the
	// question's head ("What help, such as housing, would they get?")
	premise, _, cut := afterPremise(question)
	ownQuestion := cut && strings.HasPrefix(question[len(premise):], "?") && !slices.Equal(proper.words, an.words)
	for _, at := range retries {
		if exact && !asksExactCount(at.words, at.terms) {
			// "how many troops has NK sent, exact number please?"
			// without its frame asks how many, and "thousands" would
			// answer what the asker said would not do
			tr.note("not asked again so: the reading drops the exactness asked for")
			continue
		}
		if !slices.ContainsFunc(at.terms, func(t term) bool { return t.kind != KindQuestion }) || countOfReport(at) {
			// a reading left with only a kind of question ("a real
			// number or admit it isn't there" as "number"), or a number
			// of the report ("does the report give a number?", after
			// the question it points back to), asks of nothing
			continue
		}
		if cut && slices.Equal(at.words, proper.words) && concedesOnly(at.words) {
			// "so nk might send more? even after all the losses?": the
			// concession is put to the question before it (concessive.go)
			tr.note("not asked again so: the question after the premise only concedes a fact to it")
			continue
		}
		if k, lost := kindDropped(an, at, ownQuestion && slices.Equal(at.words, proper.words)); lost {
			tr.note("not asked again so: the reading drops the " + k + " asked")
			continue
		}
		if figureDropped(an, at) {
			tr.note("not asked again so: the reading drops the figure asked, and keeps nothing else asked of")
			continue
		}
		if d, lost := dateDropped(an, at, e.tellsOf); lost {
			tr.note("not asked again so: the reading drops the time asked of, " + d)
			continue
		}
		if p, lost := e.scopeDropped(an, at); lost {
			tr.note("not asked again so: the reading drops the place asked within, " + p)
			continue
		}
		c, ok := e.askAgain(at, tr)
		if ok && !e.answersFirst(c.entry, at) {
			tr.note("not the answer: it answers the second of two questions, and names nothing of what the first asks")
			continue
		}
		if ok && oneClauseOf(at, clauses) && !e.namesOtherClauses(c.entry, at, clauses) {
			tr.note("not the answer: it answers one of the clauses alone, and half an answer would read as the whole")
			continue
		}
		if ok {
			a = e.answerWith(a, c.entry, c.score)
			a.reread = true
			return a
		}
	}
	if whole {
		if fa, ok := e.checkedFact(a, an, ws, question, cands, tr); ok {
			return fa
		}
		retries = append([]analysis{an}, retries...)
	}
	retries = slices.DeleteFunc(retries, func(at analysis) bool {
		_, lost := dateDropped(an, at, e.tellsOf) // nor of the sentences (datekept.go)
		return oneClauseOf(at, clauses) || at.firstAsked.names != nil || lost
	})
	if s, ok := e.fromSentences(retries, tr); ok {
		a.Answered, a.Outcome, a.Text, a.Confidence = true, Answered, s.Text, s.Confidence
		a.Citations, a.EntryID, a.Topic = s.Citations, s.EntryID, s.Topic
		// the curated questions nearest to it, to ask next
		e.relate(&a, e.suggestionsFor(cands, 3))
		return a
	}
	if whole || proper.firstAsked.names != nil {
		// (or two questions, the second asking what the pack does not
		// know: "Who is Budanov, and what did the Kremlin say in
		// response?", read as a question after its premise)
		if pa, ok := e.answerInPart(a, an, tr); ok {
			return pa
		}
	}
	if ca, ok := e.answerCore(question, coreText, tr); ok {
		return ca
	}
	if ra, ok := e.answerRequested(question, tr); ok {
		return ra
	}
	if pa, ok := e.answerPastAsides(question, tr); ok {
		return pa
	}
	if pa, ok := e.answerPastReason(question, tr); ok {
		// "... because I could not catch it the first time" (askerreason.go)
		return pa
	}
	if pa, ok := e.answerPastAskersTail(question, tr); ok {
		// "who's kyrylo budanov, need it for my notes doc lol" (askerstail.go)
		return pa
	}
	if la, ok := e.answerPastLeadIn(question, tr); ok {
		return la
	}
	if pa, ok := e.answerPartAbout(question, tr); ok {
		return pa // "who said the xp part" (partabout.go)
	}
	if sa, ok := e.saidOnly(question, an, tr); ok {
		return sa
	}
	says, notGiven := e.figureNotGiven(an, tr)
	if whole && !notGiven {
		// (a count guessed after a question of one the report does not
		// give, "how many are there, like 10k?", is that count's decline)
		if ga, ok := e.beforeGuess(question, tr); ok {
			return ga
		}
	}
	a.Outcome = Declined
	a.Text = "The report doesn't say. I can answer questions like these:"
	if notGiven {
		a.Text = strings.ReplaceAll(e.pack.Talk.Lines.NotFigure, "{says}", says)
	}
	e.relate(&a, e.suggestionsFor(cands, 3))
	if len(cands) > 0 {
		a.Confidence = round2(min(cands[0].score, e.threshold-0.01))
	}
	return a
}

// missesAsked reports whether the entry en, which answers a question as it
// stands, leaves out any of what the question after its premise (proper)
// asks of: "the nk troops sent last year, are they still fighting?" is
// not answered by when they were sent, which the premise only recalls,
// nor "seoul and kyiv on the phone, what's the focus of these talks?" by
// how the offer was made on the phone, which names talks but no focus.
func (e *Engine) missesAsked(en int, proper analysis) bool {
	if proper.framingOnly { // the question after the premise, read alone, only frames it
		return false // "..., how does the article frame this?" (framedtail.go)
	}
	ie := &e.entries[en]
	for _, t := range proper.terms {
		if (t.kind == KindWord || t.kind == KindAct) && !slices.Contains(speechActs, t.text) {
			// (what was said refers back to the premise: "Ukraine
			// reported losses, which number did they say?")
			if !ie.names(t.text) {
				return true
			}
		}
	}
	return false
}

// first returns the best candidate that no guard turns down: a guard that
// turns down the first may leave a right second ("spy chief say").
func (e *Engine) first(q *query, cands []candidate, tr *trace) (candidate, bool) {
	q.setLead(cands)
	defer q.setLead(nil)
	for i := range cands {
		c := &cands[i]
		g, why := q.check(c, &e.entries[c.entry])
		tr.checked(e.pack.Entries[c.entry].ID, c, g, why)
		if g == nil {
			if c.score < q.threshold && q.clearLead(c, &e.entries[c.entry]) {
				tr.note("a clear lead below the threshold (clearlead.go)")
			}
			return e.presentFirst(q, cands[i+1:], *c, tr), true
		}
	}
	return candidate{}, false
}

// newAnswer is an empty answer to question: its lists are empty, not nil,
// so that JSON shows [] rather than null.
func (e *Engine) newAnswer(question string) Answer {
	return Answer{Question: question, Source: e.pack.Source, Citations: []Citation{}, Related: []string{}, RelatedIDs: []string{}}
}

// givenAnswer answers q with entry en chosen by the conversation, not
// asked: an entry given for "and?", "anything else?" or "and a few weeks
// later?" answers no question of its own that a "Yes." would answer.
func (e *Engine) givenAnswer(q string, en int) Answer {
	a := e.answerWith(e.newAnswer(q), en, 1)
	a.Text = fitPolar(a.Text, "")
	return a
}

func (e *Engine) answerWith(a Answer, entry int, confidence float64) Answer {
	en := e.pack.Entries[entry]
	a.Answered, a.Outcome = true, Answered
	a.Text = e.sidedPolar(fitPolar(en.Answer, a.Question), a.Question)
	a.Confidence = round2(min(confidence, 1))
	a.Citations = append(a.Citations, en.Citations...)
	a.AsOf = en.AsOf
	a.EntryID, a.Topic = en.ID, en.Topic
	var buf [8]int // on the stack, for most entries
	related := buf[:0]
	for _, r := range en.Related {
		related = append(related, e.byID[r])
	}
	e.relate(&a, related)
	return a
}

// AnswerEntry answers with the entry of the given id, as if its question
// had been asked: for a related-question button. ok is false for an id the
// pack does not have (a button from before the pack changed).
func (e *Engine) AnswerEntry(id string) (a Answer, ok bool) {
	i, ok := e.byID[id]
	if !ok {
		return Answer{}, false
	}
	return e.answerWith(e.newAnswer(e.pack.Entries[i].Question), i, 1), true
}

func (e *Engine) relate(a *Answer, entries []int) {
	// grown once: appended one by one, each list was allocated three
	// times for three suggestions
	if n := len(entries); cap(a.Related) == 0 && cap(a.RelatedIDs) == 0 && n > 0 {
		// both in one array, each its own part of it
		both := make([]string, 2*n)
		a.Related, a.RelatedIDs = both[:0:n], both[n:n:2*n]
	}
	a.Related = slices.Grow(a.Related, len(entries))
	a.RelatedIDs = slices.Grow(a.RelatedIDs, len(entries))
	for _, i := range entries {
		a.Related = append(a.Related, e.pack.Entries[i].Question)
		a.RelatedIDs = append(a.RelatedIDs, e.pack.Entries[i].ID)
	}
}

func round2(x float64) float64 { return math.Round(x*100) / 100 }

// asked reports whether words are asked as a yes-or-no question ("is he
// right", "does it matter"), as against chat or a lone word. ("What's
// your name?" asks of no report, so it is no question of one.)
func asked(ws []string) bool {
	polar, ok := polarWords(ws)
	return len(ws) > 2 && polar && ok
}

// declineSuggesting declines a, a question no entry may answer however
// near one is, with the three entries nearest an as questions to ask
// instead.
func (e *Engine) declineSuggesting(a Answer, an analysis) Answer {
	a.Outcome = Declined
	a.Text = "The report doesn't say. I can answer questions like these:"
	q := e.newQuery(an)
	e.relate(&a, e.suggestionsFor(e.rank(q.unique, an, 3), 3))
	e.freeQuery(q)
	return a
}
