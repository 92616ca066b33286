package knowledge

import (
	"slices"
	"strings"
)

// Conversation is what the earlier turns of one conversation were about:
// the people, groups, places and figures they named, the question last
// asked (resolved, so that a fragment can be merged into it), the entry
// last answered (for "who says so?") and a question asked back, if one
// waits for what was meant. It is a small value: AnswerIn takes one and
// returns the next, and never changes the one it was given, so callers
// may keep it as they like (per Discord channel, per terminal) and drop
// it when they choose. Its zero value is a conversation with nothing said.
type Conversation struct {
	// pack is the pack its entries and figures are of: a conversation
	// begun before the pack was reloaded starts again (see AnswerIn).
	pack   *Pack
	turn   int
	locale string
	// refs are the referents named, most recent first; at most maxRefs.
	refs []referent
	// base is the last question asked, its references resolved, as words;
	// answered the last one that was answered, if base was not.
	base, answered []string
	// entry is the last entry answered, plus one (0: none); with the
	// others its answer was made of (see Answer.with).
	entry int
	with  []int
	// given are the entries the conversation has answered with, the
	// latest last, at most maxGiven: "anything else?" gives one not yet
	// given (see nextGiven).
	given []int
	// pending is a question asked back, waiting for what was meant.
	pending *pending
	// declined says the last question, lastWords as asked, was turned
	// down: a reply may still say what its reference meant ("how many of
	// them were captured?" "the north korean soldiers fighting for
	// russia").
	declined  bool
	lastWords []string
	// unsettled says the referents of the last turn (its question, base,
	// and its answer, entry) are not yet in refs: they are read when a
	// follow-up needs them (see settle), so that a question that ends a
	// conversation costs no more than one alone.
	unsettled bool
	// alone says the conversation is not kept (Answer): nothing of it
	// is gathered for a next turn.
	alone bool
	// lastRead is the last question's words as the turn that answered
	// it read them, for the next turn to find read (lastread.go).
	lastRead *wordsRead
	// others are the candidates offered when a question was asked back,
	// but for the one the user meant: "the other one".
	others []referent
}

// maxRefs bounds the referents a conversation keeps: the oldest go first.
const maxRefs = 8

// maxBaseWords bounds the words kept of the last question.
const maxBaseWords = 40

// A referent is something a follow-up may refer back to: a person, a
// group, a place, a figure.
type referent struct {
	// words are how to say it in a question ("cho", "north korean
	// soldiers"); concept its term, if it is one of the pack's names.
	words   []string
	concept string
	// class is the referent's (see Referent), or "figure" for an answer
	// that gives a number; pronoun a person's.
	class, pronoun string
	// entry is the entry that gives a figure, plus one.
	entry int
	// turn is when it was named: twice the turn, and one more for the
	// question's own words than for its answer's (the question's are the
	// nearer).
	turn int
	// role is the role of a group named by whose it is ("troops").
	role string
	// holder is, for a role of the pack's referents, the concept of the
	// one person who holds it (postref.go).
	holder string
}

// A pending question is one asked back: the question as asked, where its
// unclear reference stands, and the candidates offered.
type pending struct {
	words   []string
	ref     reference
	offered []referent
	// ask is what a question about the last answer asked, when there was
	// none ("is that true?" first): the reply says which answer is meant.
	ask string
	// fragment says words are a kind of question alone ("how many?"),
	// which the reply completes.
	fragment bool
}

// WithLocale returns the conversation with the user's locale (Discord's
// "ko", "uk", "en-US" ...): when a question is not in English, the notice
// is in that language if the text does not tell which it is.
func (c Conversation) WithLocale(locale string) Conversation {
	c.locale = locale
	return c
}

// Turns says how many turns the conversation has had.
func (c Conversation) Turns() int { return c.turn }

// Size is about how many bytes the conversation holds, for callers that
// bound their memory.
func (c Conversation) Size() int {
	n := 64 + len(c.locale)
	words := func(ws []string) {
		n += 24 + 16*len(ws)
		for _, w := range ws {
			n += len(w)
		}
	}
	for _, r := range c.refs {
		n += 96 + len(r.concept)
		words(r.words)
	}
	n += 24 + 8*len(c.given)
	words(c.base)
	words(c.answered)
	words(c.lastWords)
	if c.pending != nil {
		n += 96
		words(c.pending.words)
		n += 96 * len(c.pending.offered)
	}
	if r := c.lastRead; r != nil {
		n += 256 + 80*len(r.an.terms)
		words(r.words)
		words(r.an.words)
	}
	return n
}

// AnswerIn answers one message of a conversation, and returns the
// conversation with it. A message may be several sentences: its
// statements say what its later words refer to, and its question is
// answered with them ("I saw the 3,000 figure. Who reported it?"). A
// follow-up is read with what the earlier turns named ("what did he
// offer?"); one that refers to nothing, or to one of several, is asked
// back, never guessed. Small talk gets a short reply, a question in
// another language a notice in it.
func (e *Engine) AnswerIn(c Conversation, message string) (Answer, Conversation) {
	return e.converse(c, message, nil)
}

// of returns c if it is a conversation with this engine's pack, else a new
// one in the same language: what it named are entries of another pack.
func (c Conversation) of(e *Engine) Conversation {
	if c.pack != e.pack {
		c = Conversation{pack: e.pack, locale: c.locale, alone: c.alone}
	}
	return c
}

// converse is AnswerIn, with a trace for Explain. A conversation marked
// alone is a message whose conversation is not kept (Answer): it is read
// the same, and what it named is not gathered.
func (e *Engine) converse(c Conversation, message string, tr *trace) (Answer, Conversation) {
	c = c.of(e)
	if tr == nil && !e.noMemo && c.opening() {
		k := memoKey{message, c.locale, c.alone}
		if a, next, ok := e.memo.get(k); ok {
			return a, next
		}
		a, next := e.reply(c, message, nil)
		e.memo.put(k, a, next)
		return a, next
	}
	return e.reply(c, message, tr)
}

// turn answers one question sentence q, whose words are ws, in the
// conversation c.
func (e *Engine) turn(c Conversation, q string, ws []string, tr *trace) (Answer, Conversation) {
	c = e.settle(c, tr)
	if d, more := dropLeadingTalk(ws, e); len(d) < len(ws) {
		if more {
			// the text keeps none of whom it addresses, nor what a
			// thanks is for: "thanks buddy, who is Cho?" asks of no ally
			q = afterWords(q, ws[:len(ws)-len(d)])
		}
		ws = d // the text keeps the rest: chatter to the engine too
	}
	if rw, ok := lastBitAsThat(ws); ok {
		// "what was that last bit about?": that (lastbit.go)
		tr.note("a passage said, by its place: " + joinWords(rw))
		ws, q = rw, joinWords(rw)+"?"
	}
	if rw, ok := namedInIt(ws); ok {
		// "which people are named in it?": in the report (namedinit.go)
		tr.note("named in the report: " + joinWords(rw))
		ws, q = rw, joinWords(rw)
	}
	if n := saysFrame(ws); n > 0 && bareAsk(ws[n:]) && (len(c.base) > 0 || c.entry > 0) {
		// "does it say how many?": how many, of the last question
		ws = ws[n:]
		q = joinWords(ws)
	}
	if rw, ok := e.askersCountry(ws); ok {
		// "as a Ukrainian ... supporting us?": us is Ukraine (see
		// askerscountry.go)
		tr.note("the asker's own country: " + joinWords(rw))
		ws, q = rw, joinWords(rw)
	}
	if asksOfChatPeople(ws, e.an.usage.chatPeople) {
		// "what did the other mod say?": one of the asker's chat, whom
		// the report never names (see otherperson.go)
		tr.note("asks of another of the asker's chat, whom the report does not name")
		return e.notOfIt(q), c
	}
	if e.asksOfAskersSide(ws) {
		// "and our soldiers, how many killed?": the asker's own side,
		// which the report's soldiers are not (see askersside.go)
		tr.note("asks of the asker's own forces, whose the question does not say")
		return e.notOfIt(q), c
	}
	if n := backTo(ws); n > 0 {
		// "going back to the losses - what number did Ukraine report?":
		// the topic returned to, and the question of it
		ws = ws[n:]
		if rw, ok := e.backTopic(ws); ok {
			// "going back to the rockets, what were they called?"
			// (backtopic.go)
			tr.note("the topic returned to, in the place of its pronoun: " + joinWords(rw))
			ws = rw
		}
		q = joinWords(ws)
	}
	if rw, ok := topicThenWhere(q); ok {
		// "the February estimate, which paragraph?" (topicwhere.go)
		tr.note("where the report says the thing named before: " + joinWords(rw))
		ws, q = rw, joinWords(rw)+"?"
	}
	if rw, ok := claimThenWho(q); ok {
		// "the claim that ...: who said that?" (claimthat.go)
		tr.note("who made the claim named before: " + joinWords(rw))
		ws, q = rw, joinWords(rw)+"?"
	}
	if rw, ok := thatsIs(ws); ok && strings.HasSuffix(strings.TrimSpace(q), "?") && (len(c.base) > 0 || c.entry > 0) {
		// "so that's 4000 in january?": a claim about the last answer
		// (see thatsclaim.go)
		tr.note("a claim about the last answer: " + joinWords(rw))
		ws, q = rw, joinWords(rw)+"?"
	}
	asked := ws
	if _, ok := e.exactEntry(ws); ok && len(c.refs) == 0 && c.pending == nil || greeting(ws) {
		// a curated phrasing, first ("How did he present it?"), or a
		// greeting: as asked; but a name after "Who do you mean?" says
		// whom ("budanov" is also a phrasing of who he is)
		return e.answerText(c, q, ws, tr)
	}
	if c.pending != nil {
		if a, next, ok := e.replyToAskBack(c, ws, tr); ok {
			return a, next
		}
	}
	askedBack := c.pending != nil
	c.pending = nil
	if c.declined {
		if rewritten, ok := e.saysWhatWasMeant(c, ws); ok {
			tr.note("says what the question before meant: " + strings.Join(rewritten, " "))
			c.declined = false
			return e.turn(c, joinWords(rewritten), rewritten, tr)
		}
	}
	if m, ok := meantFragment(ws); ok && (len(c.base) > 0 || c.entry > 0) {
		if rw, ok := e.meantForPronoun(c.base, m); ok {
			// "how many did they lose?" "north korea i mean": of North
			// Korea (see meantpronoun.go)
			tr.note("a correction naming whom the last question's pronoun meant: " + joinWords(rw))
			return e.turn(c, joinWords(rw), rw, tr)
		}
		tr.note("a correction by a part of the last question: " + strings.Join(m, " "))
		ws = m
	} else if ok && askedBack {
		// "What do you mean by those numbers?" "sorry i meant the
		// casualty numbers": a reply too long to fill the question asked
		// back is the question meant, without the words that correct
		tr.note("a correction after a question asked back: " + strings.Join(m, " "))
		ws = m
	}
	if a, next, ok := e.repeatLast(c, q, ws, tr); ok {
		// "repeat that pls": the last answer again (see repeatasked.go)
		return a, next
	}
	if a, next, ok := e.despiteLast(c, q, ws, tr); ok {
		// "even though so many died?" (see concessive.go)
		return a, next
	}
	if a, next, ok := e.laterFigure(c, q, ws, tr); ok {
		return a, next
	}
	if a, next, ok := e.nextGiven(c, q, ws, tr); ok {
		return a, next
	}
	if n := pointsBack(ws); n > 0 && len(c.base) == 0 && c.entry == 0 {
		if rest, ok := askedAfterPointer(ws, n); ok {
			// "^ same question, what's the catch ...": the question
			// after it asks whole (samequestion.go)
			tr.note("points back to no question, and asks one of its own: " + strings.Join(rest, " "))
			return e.turn(c, joinWords(rest), rest, tr)
		}
		// "same question for february" with no question before it
		tr.note("refers to an earlier question, and there is none")
		return e.askBackWith(c, pending{words: slices.Clone(ws), ref: reference{want: "that", word: strings.Join(ws[:n], " ")}})
	}
	if len(c.base) == 0 && c.entry == 0 && !c.alone && e.roleOfNothing(ws, tr) {
		// "who's the guy in charge of that?" with nothing before it: of
		// what? (see roleofthat.go)
		tr.note("a role of a thing referred to, and nothing before it")
		return e.askBackWith(c, pending{words: slices.Clone(ws), ref: reference{want: "that", word: ws[len(ws)-1]}})
	}
	if len(c.base) == 0 && c.entry == 0 && !c.alone && e.meaningOfNothing(ws, tr) {
		// "bruh what does it mean" with nothing before it: what does?
		// (see meaningofnothing.go)
		tr.note("asks what a reference means, and nothing before it")
		ref := ws[slices.IndexFunc(ws, func(w string) bool { return roleThings[w] })]
		return e.askBackWith(c, pending{words: slices.Clone(ws), ref: reference{want: "that", word: ref}})
	}
	if len(c.base) == 0 && c.entry == 0 && !c.alone {
		if word, ok := e.toldBefore(ws); ok {
			// "what were the figures you told me?" first: told when?
			// (see toldbefore.go)
			tr.note("asks again what was told before, and nothing was")
			return e.askBackWith(c, pending{words: slices.Clone(ws), ref: reference{want: "that", word: word}})
		}
	}
	if len(c.base) == 0 && c.entry == 0 && !c.alone && dateAlone(ws) {
		// "and in feb?" with nothing before it: of what? (see
		// openingfragment.go)
		tr.note("a date alone, and nothing before it")
		return e.askBackWith(c, pending{words: slices.Clone(ws), ref: reference{want: "that", word: joinWords(ws)}, fragment: true})
	}
	if len(c.base) == 0 && c.entry == 0 && !c.alone && len(findReferences(ws)) == 0 && e.onlyAsks(ws) {
		// "how many?" with nothing before it: of what? The reply
		// completes it ("nk troops sent to russia")
		tr.note("a kind of question alone, and nothing before it")
		return e.askBackWith(c, pending{words: slices.Clone(ws), ref: reference{want: "that", word: strings.Join(ws, " ")}, fragment: true})
	}
	if e.personKnowing(ws) {
		// "how does he know that?": his sources, which the report does
		// not give
		tr.note("asks how a person knows: the report gives no sources")
		return e.notOfIt(q), c
	}
	// "is it confirmed that ..., or is the report relying on claims?":
	// the doubt after it asks nothing more (doubt.go)
	ws = e.withoutSentDoubt(ws)
	if rest, ok := sourceOn(ws); ok {
		if en, ok := e.saidByOf(rest); ok {
			// "who's the source on NK gaining combat experience?": who
			// says it, by its entry's attribution (sourceon.go)
			tr.note("who is the source on: " + joinWords(rest))
			return e.attributionAnswer(c, q, en, askSaidBy, tr)
		}
	}
	if rest, ok := confirmedOr(ws); ok {
		// "is X officially confirmed, or is it based on reports?": who
		// says X, or the hedge the report gives it with (hedgeframe.go)
		if who := append([]string{"who", "says"}, rest...); e.answer(joinWords(who), &trace{quiet: true}).Answered {
			tr.note("who says what is put to check: " + joinWords(who))
			return e.turn(c, joinWords(who), who, tr)
		}
		if en, ok := e.hedgeOf(rest); ok {
			tr.note("how sure the report is of: " + joinWords(rest))
			return e.attributionAnswer(c, q, en, askCertainty, tr)
		}
	}
	if k := certainOf(ws); k > 0 && k >= max(knowing(ws), confirmedSent(ws, e.an.usage.sending)) && !onlyTheAnswer(tailAskedCut(ws[k:])) {
		if en, ok := e.hedgeOf(ws[k:]); ok {
			// "how confident is the article about the number of troops
			// sent?": the hedge the report gives it with (hedgeframe.go)
			tr.note("how sure the report is of: " + joinWords(ws[k:]))
			return e.attributionAnswer(c, q, en, askCertainty, tr)
		}
	}
	if kw, ok := e.knownAsked(ws); ok {
		ws = kw
		q = joinWords(ws)
		asked = ws
	}
	if c.entry > 0 && comparesDate(ws) && e.entries[c.entry-1].finest > noDate {
		// "is that before or after january?" of an answer that gives
		// its date: the answer says
		tr.note("the last answer's date, compared")
		a := e.answerWith(e.newAnswer(q), c.entry-1, 1)
		return a, e.remember(c, c.base, a)
	}
	if c.entry > 0 && (comparesFigure(ws) && e.citesFigureOf(c.entry-1, ws, tr) || e.comparesThem(ws) && e.givesTwoFigures(c.entry-1)) {
		// "is that more than the january figure?", "why are they
		// different?" of an answer that gives both figures: the
		// answer says (comparedfigure.go, comparesthem.go)
		tr.note("the last answer's figure, compared with the other it gives")
		a := e.answerWith(e.newAnswer(q), c.entry-1, 1)
		return a, e.remember(c, c.base, a)
	}
	if c.entry > 0 && datesIt(ws) && e.entries[c.entry-1].finest > noDate {
		// "when was that number from?" of an answer that gives its date:
		// the answer says
		tr.note("the last answer's date, asked")
		a := e.answerWith(e.newAnswer(q), c.entry-1, 1)
		return a, e.remember(c, c.base, a)
	}
	if e.misheardFigure(c, ws) {
		// "three hundred, was it?" after "over 3,000": the figure
		// again, as the report gives it (see misheardfigure.go)
		tr.note("a number the report does not give, checked against the last answer's figure")
		a := e.answerWith(e.newAnswer(q), c.entry-1, 1)
		return a, e.remember(c, c.base, a)
	}
	if en, ok := e.ordinalFigure(c, ws); ok {
		// "what's the first one?" of the figures just spoken of
		tr.note("one of the figures just spoken of, by its order")
		tr.checked(e.pack.Entries[en].ID, &candidate{score: 1, cov: 1, cos: 1}, nil, "")
		a := e.answerWith(e.newAnswer(q), en, 1)
		return a, e.remember(c, sentenceWords(e.pack.Entries[en].Question), a)
	}
	if a, next, ok := e.aboutLastAnswer(c, ws, tr); ok {
		return a, next
	}
	if hw, ok := askedBeforeComma(q); ok {
		// "quote me the exact line pls, the lads won't believe me": the request before
		// the comma, without the reason after it (quotehead.go)
		if a, next, ok := e.aboutLastAnswer(c, hw, tr); ok {
			tr.note("asked before the comma: " + joinWords(hw))
			return a, next
		}
	}
	if a, next, ok := e.guessOfLast(c, q, tr); ok {
		return a, next // "who's saying that, the americans?" (guessoflast.go)
	}
	if c.entry > 0 {
		if since, ok := e.sinceOfLast(c.entry-1, ws, c.base); ok {
			// "since when?" of what the last answer says since (see
			// sincewhen.go)
			tr.note("since when, of the last answer's clause: " + strings.Join(since, " "))
			if a, next := e.answerWords(c, since, tr); a.Answered {
				return a, next
			}
		}
	}
	if c.entry > 0 && !c.declined && whereOfThat(ws) && len(e.placesOf(c.entry-1)) == 1 {
		// "where was that?" after "... in the fighting in Kursk": the
		// one place the last answer names (see wherethat.go)
		tr.note("asks where that was, and the last answer names one place")
		a := e.answerWith(e.newAnswer(q), c.entry-1, 1)
		return a, e.remember(c, c.base, a)
	}
	if _, _, ok := concession(ws); ok && c.entry > 0 && len(ws) <= 8 && e.speaksOfAll(c.entry-1, e.an.analyzeWords(ws, true)) {
		// "even after all the losses they took?": the last answer says
		tr.note("said of the last answer")
		a := e.answerWith(e.newAnswer(q), c.entry-1, 1)
		return a, e.remember(c, c.base, a)
	}
	if rw, ok := e.pronounNamed(q); ok {
		// "what he said, the minister, about support ukraine?": of the
		// minister
		tr.note("a pronoun named between commas: " + joinWords(rw))
		ws, q = rw, joinWords(rw)
		asked = ws
	}
	if rw, ok := e.nationalityOf(c, ws); ok {
		// "who is kyrylo budanov" "russian?": is he? where he is from says
		tr.note("a nationality, asked of the person just asked about: " + joinWords(rw))
		ws, q = rw, joinWords(rw)
		asked = ws
	}
	refs := findReferences(ws)
	if r, ok := oneOfFigures(refs); ok && c.entry > 0 && e.figuresIn(c.entry-1) > 1 {
		if !slices.ContainsFunc(e.an.analyzeWords(ws, true).terms, func(t term) bool { return isNumber(t.text) || dateKey(t.text) }) {
			// (not "the january number, who reported that one?", which
			// says which)
			// "what about that one?" after two figures: which?
			tr.note("one of the figures just given, and which is not said")
			return e.askBackWith(c, pending{words: slices.Clone(ws), ref: r})
		}
	}
	if c.entry > 0 && e.partOfFigure(c.entry-1, ws) {
		// "how many of those were killed?" after a toll of killed or
		// injured: a part of the figure, which the report does not give
		tr.note("a part of the figure just given")
		return e.notOfIt(q), c
	}
	if a, next, ok := e.figureAgain(c, ws, refs, tr); ok {
		return a, next
	}
	if a, next, ok := e.meansForLastAnswer(c, q, ws, refs, tr); ok {
		return a, next
	}
	if c.entry > 0 && whWords[ws[0]] && slices.ContainsFunc(refs, func(r reference) bool { return r.want == "that" }) &&
		slices.ContainsFunc(refs, func(r reference) bool { return r.want == "they" }) && !e.namesAny(withoutRefs(ws, refs)) {
		// "how does that help them?": of the last answer, whoever
		// "them" is among those it names
		if kind := e.kindNotGiven(c.entry-1, ws); kind != nil {
			return e.ofKindElsewhere(c, q, kind, tr)
		}
		tr.note("of the last answer, naming nothing else")
		a := e.answerWith(e.newAnswer(q), c.entry-1, 1)
		return a, e.remember(c, c.base, a)
	}
	if a, next, ok := e.saidElse(c, q, ws, refs, tr); ok {
		return a, next
	}
	ws, a, next, done := e.readReferences(c, q, ws, refs, tr)
	if done {
		return a, next
	}
	if p := recipientAsked(ws); p != "" && c.entry > 0 {
		// "to who?" after "what did he offer?": the one the last answer
		// (or the question it answers) has the offer made to, or none
		if !e.namesAfter(c.entry-1, p) {
			tr.note("asks to whom, and the last answer does not say")
			return e.notOfIt(q), c
		}
		tr.note("asks to whom, and the last answer says")
		a := e.answerWith(e.newAnswer(q), c.entry-1, 1)
		return a, e.remember(c, c.base, a)
	}
	fragmentWords := ws
	var fragment analysis // read once, when it is one
	merged, mergedInto := e.merge(c, ws, tr)
	if !mergedInto && e.namedAgain(c, ws, tr) {
		tr.note("a fragment naming only what the last question names: declined")
		return e.notOfIt(q), c // "and russia?" (namedagain.go)
	}
	if mergedInto {
		fragment = tr.analyzeWords(e.an, fragmentWords, true, false) // (often read by readFragment)
		if unknownDate(fragment) {
			// "what about the March figure?" after January's and
			// February's: a date the report never gives, so nothing it
			// says is of it
			tr.note("a fragment of the last question, of a date the report does not give")
			return e.notOfIt(q), c
		}
		if slices.ContainsFunc(ws, func(w string) bool { return exactWords[w] }) && !slices.ContainsFunc(merged, func(w string) bool { return exactWords[w] }) {
			// "how many exactly?" asks the last question exact
			merged = append(merged, "exactly")
		}
		tr.note("a fragment of the last question: " + strings.Join(merged, " "))
		ws = merged
	}
	if a, next, ok := e.ofLastAnswer(c, q, ws, refs, tr); ok {
		return a, next
	}
	if slices.Equal(ws, asked) {
		// as asked: its own marks tell its premise from its question
		return e.answerText(c, q, ws, tr)
	}
	a, next = e.answerWords(c, ws, tr)
	if a.Answered && mergedInto && bareAsk(fragmentWords) && e.ofTheReport(ws, a.reread) {
		// "why?" after "what does the article say about Russia?": asked
		// of the report's saying, which is no question the pack answers,
		// and a part of it answered would be a guess at what was meant:
		// asked back
		tr.note("a question word of the last question, answered only in part: asked back")
		return e.askBackWith(c, pending{words: slices.Clone(fragmentWords), ref: reference{want: "that", word: strings.Join(fragmentWords, " ")}, fragment: true})
	}
	if a.Answered && mergedInto && c.entry > 0 && a.EntryID != e.pack.Entries[c.entry-1].ID && slices.ContainsFunc(fragmentWords, func(w string) bool { return exactWords[w] }) &&
		slices.ContainsFunc(fragmentWords, func(w string) bool { return figureNouns[w] || w == "many" || w == "much" }) {
		// "the exact number?" after "thousands": the last answer's
		// figure, exact, which it does not give; another entry's figure
		// is of something else
		tr.note("asks the last answer exact, and another entry answered: declined")
		return e.notOfIt(q), c
	}
	if a.Answered && mergedInto && c.entry > 0 && a.EntryID == e.pack.Entries[c.entry-1].ID && e.namesOnlyAnswered(c.entry-1, fragmentWords, fragment) {
		// "and what about him?" of one the last answer names: the same
		// answer again says nothing new (see sameagain.go)
		tr.note("a fragment of only a name the last answer gives: asked back")
		return e.askBackWith(c, pending{words: slices.Clone(fragmentWords), ref: reference{want: "that", word: strings.Join(fragmentWords, " ")}, fragment: true})
	}
	if a.Answered && mergedInto && !e.speaksOfFragment(a, fragment) {
		// "like with weapons?" after "is South Korea helping Ukraine?":
		// answered without what the fragment adds, so not of it
		tr.note("answered without what the fragment adds: declined")
		return e.notOfIt(q), c
	}
	if !a.Answered && mergedInto {
		if b, after, ok := e.moreOfCounted(c, fragmentWords, tr); ok {
			return b, after // "and more coming?" (morecounted.go)
		}
		if b, after, ok := e.supportedInstead(c, fragment, tr); ok {
			return b, after // "and russia?" after whom SK backs (supportedfragment.go)
		}
	}
	if !a.Answered && mergedInto && len(c.answered) > 0 && !slices.Equal(c.answered, c.base) &&
		!slices.ContainsFunc(fragment.terms, func(t term) bool { return t.kind == KindEntity }) {
		// the last question was not answered: the fragment may be of the
		// one before it that was ("what about back in January?" after a
		// question the report does not answer); not a name instead of
		// one of its names, which would ask what nobody asked
		// ("and Russia?" of who reported North Korea sent troops)
		if merged, ok := e.mergeInto(c.answered, fragmentWords, false, tr); ok {
			tr.note("a fragment of the last question answered: " + strings.Join(merged, " "))
			if b, after := e.answerWords(c, merged, tr); b.Answered {
				return b, after
			}
		}
	}
	if !a.Answered && mergedInto && e.nameAlone(fragmentWords, fragment) && !e.askedAKind(c.base) {
		// "and the us?" of a question the report does not answer of it:
		// what the report says of it (see namealone.go)
		tr.note("a name alone, not answered as a fragment: asked as it stands")
		if b, after := e.answerWords(c, fragmentWords, tr); b.Answered {
			return b, after
		}
	}
	if !a.Answered && mergedInto {
		if b, after, ok := e.fragmentOfEntry(c, fragment, fragmentWords, tr); ok {
			return b, after
		}
	}
	if !a.Answered && mergedInto {
		if b, after, ok := e.measureAlone(c, ws, fragmentWords, fragment, tr); ok {
			return b, after
		}
	}
	if !a.Answered && mergedInto {
		if b, after, ok := e.claimAlone(c, q, asked, tr); ok {
			return b, after
		}
	}
	if !a.Answered && c.entry > 0 && onlyWhere(fragmentWords) && len(e.placesOf(c.entry-1)) == 1 {
		// "where exactly?" after "about 4,000 fatalities in Kursk",
		// which no entry answers as a question of its own: the one
		// place the last answer names
		tr.note("asks where, and the last answer names one place")
		a := e.answerWith(e.newAnswer(q), c.entry-1, 1)
		return a, e.remember(c, c.base, a)
	}
	return a, next
}

// replyToAskBack reads ws as the reply to the question asked back, if it
// is one ("I mean Cho"), and answers the question asked with what was
// meant in its place.
func (e *Engine) replyToAskBack(c Conversation, ws []string, tr *trace) (Answer, Conversation, bool) {
	if rewritten, ok := e.meantThen(ws); ok {
		// "i mean the foreign minister, what did they say": the question
		// of the one meant
		tr.note("whom the question asked back meant, and a question of them: " + strings.Join(rewritten, " "))
		next := c
		next.pending = nil
		a, after := e.answerWords(next, rewritten, tr)
		return a, after, true
	}
	rewritten, ok := e.fillPending(c, ws, tr)
	if !ok {
		return Answer{}, Conversation{}, false
	}
	tr.note("what was asked back: " + strings.Join(rewritten, " "))
	next := c
	rf, ok := e.meant(c.pending.offered, e.an.analyzeWords(trimReply(ws), true))
	if !ok {
		rf, ok = e.ordinalPick(c.pending.offered, trimReply(ws))
	}
	if ok {
		// the ones not meant are "the other one"
		next.others = slices.DeleteFunc(slices.Clone(c.pending.offered), func(o referent) bool { return o.sameKey(rf) })
	}
	next.pending = nil
	if c.pending.ask != "" {
		// "is that confirmed?" "I mean the 4,000 figure": asked of
		// the answer the reply gets
		a := e.answer(joinWords(rewritten), tr)
		if a.Answered {
			next.setEntry(e.entryOf(a), a.with)
			a = e.answerAbout(a, next.entry-1, c.pending.ask)
		}
		return a, e.remember(next, rewritten, a), true
	}
	a, after := e.answerWords(next, rewritten, tr)
	return a, after, true
}

// meantThen reads a reply that says whom it meant and asks, in one
// sentence, a question that refers to them once ("i mean the foreign
// minister, what did they say"): the question, the one meant in the place
// of its reference. ok is false for any other reply.
func (e *Engine) meantThen(ws []string) ([]string, bool) {
	n := slices.IndexFunc(ws, func(w string) bool { return w == "mean" || w == "meant" })
	if n < 0 || n > 2 {
		return nil, false
	}
	k := slices.IndexFunc(ws[n+1:], isQuestionWord)
	if k <= 0 {
		return nil, false
	}
	k += n + 1
	named, q := ws[n+1:k], ws[k:]
	refs := findReferences(q)
	an := e.an.analyzeWords(named, true)
	if len(refs) != 1 || refs[0].want == "that" || len(an.unknown) > 0 || !slices.ContainsFunc(an.terms, func(t term) bool { return t.kind == KindEntity || t.kind == KindRole }) ||
		slices.ContainsFunc(an.terms, func(t term) bool { return t.kind == KindQuestion }) {
		return nil, false
	}
	r := refs[0]
	return slices.Concat(q[:r.at], referent{words: named}.say(r), q[r.end:]), true
}

// figureAgain answers a question of "that number" that names a date or a
// measure ("how did that number change by February?") as the figure's own
// question, with what this one says instead: the figure alone, put in its
// place, would ask nothing of it.
func (e *Engine) figureAgain(c Conversation, ws []string, refs []reference, tr *trace) (Answer, Conversation, bool) {
	if len(refs) != 1 || refs[0].want != "figure" {
		return Answer{}, Conversation{}, false
	}
	cands := c.candidates(refs[0])
	if len(cands) != 1 || cands[0].entry <= 0 {
		return Answer{}, Conversation{}, false
	}
	rest := slices.Delete(slices.Clone(ws), refs[0].at, refs[0].end)
	base := sentenceWords(e.pack.Entries[cands[0].entry-1].Question)
	merged, ok := e.mergeInto(base, rest, true, tr)
	if !ok || !hasDateOrMeasure(e.an.analyzeWords(rest, true)) {
		return Answer{}, Conversation{}, false
	}
	tr.note("a figure's question again: " + strings.Join(merged, " "))
	a, next := e.answerWords(c, merged, tr)
	return a, next, true
}

// readReferences returns ws with what its references refer to in their
// place (see resolve), or ws itself when they are best left as they are.
// done says the turn is answered instead: asked back, when one refers to
// nothing or to one of several, or answered as written, its marks kept,
// when only the words referring change.
func (e *Engine) readReferences(c Conversation, q string, ws []string, refs []reference, tr *trace) (read []string, a Answer, next Conversation, done bool) {
	if len(refs) == 0 {
		return ws, Answer{}, Conversation{}, false
	}
	rewritten, ask, ok := e.resolve(c, ws, refs, tr)
	if !ok {
		if a, ok := e.ownReference(c, q, ws, refs, tr); ok {
			return nil, a, e.remember(c, ws, a), true
		}
		if rw, ok := e.oneReadingAnswers(c, ws, ask, tr); ok {
			return rw, Answer{}, Conversation{}, false
		}
		tr.note("unclear: " + ask.ref.word)
		return nil, e.askBack(c, ask), c.withPending(ask), true
	}
	if rewritten != nil && e.saysOnlyWho(ws, refs) {
		// "is he right?": of him, it asks nothing the report says
		tr.note("asks nothing of what it refers to")
		rewritten = nil
	}
	if rewritten == nil {
		return ws, Answer{}, Conversation{}, false
	}
	tr.note("read with what came before: " + strings.Join(rewritten, " "))
	text, ok := rewriteText(q, ws, rewritten)
	if !ok {
		text, ok = rewriteTwo(q, ws, rewritten)
	}
	if ok {
		// the question as written, its marks kept ("how did
		// he pitch it, like a press conference?")
		if _, merged := e.merge(c, rewritten, tr); !merged {
			a, next = e.answerText(c, text, rewritten, tr)
			return nil, a, next, true
		}
	}
	return rewritten, Answer{}, Conversation{}, false
}

// ofLastAnswer answers a question of the last answer ("which war was
// that?", "how does that help them?") from that answer alone: an answer
// to another entry is not about it, so it is declined. ok is false for a
// question that does not refer to the last answer.
func (e *Engine) ofLastAnswer(c Conversation, q string, ws []string, refs []reference, tr *trace) (Answer, Conversation, bool) {
	if rw, ok := e.placeOfThat(c, ws, refs); ok {
		// "is that in Russia or Ukraine?" after "in the Kursk region":
		// of the place, which another entry may answer
		tr.note("that, the place the last answer names: " + strings.Join(rw, " "))
		a, next := e.answerWords(c, rw, tr)
		return a, next, true
	}
	if premiseThat(q) {
		// "and the January tally, whose figure is that?": of the
		// tally (premisethat.go)
		return Answer{}, Conversation{}, false
	}
	which := len(ws) > 0 && ws[0] == "which" && slices.ContainsFunc(refs, func(r reference) bool { return r.word == "it" })
	if !(c.entry > 0 && (which || slices.ContainsFunc(refs, func(r reference) bool { return r.want == "that" && r.word == "that" }))) {
		return Answer{}, Conversation{}, false
	}
	a, next := e.answerWords(c, ws, tr)
	switch {
	case a.Answered && a.EntryID == e.pack.Entries[c.entry-1].ID:
	case a.Answered && e.givesFiguresOf(e.byID[a.EntryID], c.entry-1):
		// "is that a lot?" of a toll, answered by the entry that says
		// how severe those losses are (see samefigures.go)
		tr.note("about the last answer, answered by another that gives its figures")
	case a.Answered && e.byID[a.EntryID] == e.source:
		// "where's that from, what website?": whatever the last answer
		// says, the site it is from is the report's own source
		tr.note("about the last answer: the website it is from, the report's source")
	case a.Answered:
		tr.note("not the answer: it answers another entry than the last answer's, of which the question asks")
		return e.notOfIt(q), c, true
	case !e.standsAlone(slices.DeleteFunc(slices.Clone(ws), func(w string) bool { return w == "that" }), tr):
		if kind := e.kindNotGiven(c.entry-1, ws); kind != nil {
			a, next := e.ofKindElsewhere(c, q, kind, tr)
			return a, next, true
		}
		if t, ok := e.namesBeside(c.entry-1, ws); ok {
			// "is that the same guy from the video?": that, set beside
			// a thing the last answer does not speak of, which it
			// cannot be said to match
			tr.note("that, set beside what the last answer does not name: " + t)
			return e.notOfIt(q), c, true
		}
		tr.chose(e.pack.Entries[c.entry-1].ID, "of the last answer")
		a = e.answerWith(e.newAnswer(q), c.entry-1, 1)
		return a, e.remember(c, c.base, a), true
	}
	return a, next, true
}

// placeOfThat returns ws with the one place the last answer names in the
// place of a "that" (or "this", "it") followed by "in": "is that in Russia
// or Ukraine?" asks where that place is. ok is false when the last answer
// names no place, or several.
func (e *Engine) placeOfThat(c Conversation, ws []string, refs []reference) ([]string, bool) {
	if c.entry == 0 {
		return nil, false
	}
	at := slices.IndexFunc(refs, func(r reference) bool {
		return (r.word == "that" || r.word == "this" || r.word == "it") && r.end < len(ws) && ws[r.end] == "in"
	})
	if at < 0 {
		return nil, false
	}
	place := e.placesOf(c.entry - 1)
	if len(place) != 1 {
		return nil, false
	}
	r := refs[at]
	return slices.Concat(ws[:r.at], place[0].words, ws[r.end:]), true
}

// namesAny reports whether ws names anything: a person, group, place,
// role or key word, or a word the pack does not know.
func (e *Engine) namesAny(ws []string) bool {
	an := e.an.analyzeWords(ws, true)
	return len(an.unknown) > 0 || slices.ContainsFunc(an.terms, func(t term) bool {
		return t.kind == KindEntity || t.kind == KindRole || t.kind == KindKey
	})
}

// withoutRefs is ws without the words that refer back.
func withoutRefs(ws []string, refs []reference) []string {
	out := slices.Clone(ws)
	for k := len(refs) - 1; k >= 0; k-- {
		out = slices.Delete(out, refs[k].at, refs[k].end)
	}
	return out
}

// notOfIt declines question q, of the last answer, which the report does
// not say of it, and offers questions it does answer instead.
func (e *Engine) notOfIt(q string) Answer {
	d := e.newAnswer(q)
	d.Outcome, d.Text = Declined, e.pack.Talk.Lines.NotOfIt
	e.relate(&d, e.suggestionsFor(nil, 3))
	return d
}

// saysOnlyWho reports whether a question, but for its references to
// people, has no topic and no question word ("is he right?", "does she
// agree?"), or asks only which of them is right ("so which of them is
// right?").
func (e *Engine) saysOnlyWho(ws []string, refs []reference) bool {
	rest := slices.Clone(ws)
	for k := len(refs) - 1; k >= 0; k-- {
		r := refs[k]
		if r.want != "he" && r.want != "she" && r.want != "they" {
			return false
		}
		rest = slices.Delete(rest, r.at, r.end)
	}
	all := rest
	if len(rest) > 0 && (rest[0] == "so" || rest[0] == "and") {
		rest = rest[1:]
	}
	// "is he right?", and "which of them is right?"
	asks := len(rest) > 0 && (beAux[rest[0]] || (rest[0] == "which" || rest[0] == "who") && slices.ContainsFunc(rest, func(w string) bool { return trueWords[w] }))
	// and "did they?", its verb left out: whether what was said is so
	asks = asks || len(rest) == 1 && doAux[rest[0]]
	if !asks {
		return false // most questions: not read again (analyzeWords changes no word it is given)
	}
	an := e.an.analyzeWords(all, true)
	return len(an.terms) == 0 && len(an.unknown) == 0
}

// partOfFigure reports whether ws asks how many "of those" (or them,
// these) did something, after an answer that gives a figure of it: a part
// of the figure ("how many of those were killed?" after killed or
// injured).
func (e *Engine) partOfFigure(entry int, ws []string) bool {
	of := false
	for i := 0; i+3 < len(ws); i++ {
		if ws[i] == "how" && (ws[i+1] == "many" || ws[i+1] == "much") && ws[i+2] == "of" && (ws[i+3] == "those" || ws[i+3] == "them" || ws[i+3] == "these") {
			of = true
		}
	}
	return of && e.figuresIn(entry) > 0 && hasDateOrMeasure(e.an.analyzeWords(ws, true))
}

// answerWords answers a question read as words, and returns the
// conversation that follows it.
func (e *Engine) answerWords(c Conversation, ws []string, tr *trace) (Answer, Conversation) {
	return e.answerText(c, joinWords(ws), ws, tr)
}

// ofTheReport reports whether ws speaks of the report itself ("the
// article", "the piece"), a frame of the pack, and the answer to it was
// found only without it: by another reading (reread), or with the frame
// dropped inside a filler ("what does the article actually say about
// Russia", see fillergap.go).
func (e *Engine) ofTheReport(ws []string, reread bool) bool {
	if slices.ContainsFunc(e.an.analyzeWords(ws, true).terms, func(t term) bool { return t.kind == KindFrame }) {
		return reread
	}
	return slices.ContainsFunc(ws, e.an.isFrameWord)
}

// answerText answers question q, whose words are ws, and returns the
// conversation that follows it, which keeps the terms the answer read.
func (e *Engine) answerText(c Conversation, q string, ws []string, tr *trace) (Answer, Conversation) {
	if c.alone {
		a := e.answer(q, tr)
		return a, e.remember(c, ws, a) // settled only if a question follows
	}
	if tr == nil {
		tr = &trace{quiet: true}
	}
	// the terms read go in the trace's own place for them (not a
	// variable of this call's, which would be allocated): kept as it was
	// around this call, for an answerText that calls this one
	outer, keep := tr.read1, tr.keepAsked
	tr.read1 = analysis{}
	tr.terms = &tr.read1
	tr.keepAsked = true
	a := e.answer(q, tr)
	tr.terms = nil
	read := tr.read1
	tr.read1, tr.keepAsked = outer, keep
	if !a.Answered && a.Outcome != Clarify && c.entry > 0 {
		// "what does he say about the missiles?" in a conversation
		// about him (saidnear.go)
		if sa, ok := e.saidNear(q, tr.analyzeWords(e.an, ws, true, false), tr); ok { // (often read by merge)
			a = sa
		}
	}
	kept := ws
	if a.Answered {
		kept = e.withoutChatter(q, ws)
	}
	next := e.remember(c, kept, a)
	if read.words != nil {
		next.settleWith(e, read)
	}
	// (none when the turn kept no reading of its last question: the one
	// before is of words no later turn reads again)
	next.lastRead = tr.lastRead(next.base)
	return a, next
}

// remember returns the conversation after question ws got answer a.
func (e *Engine) remember(c Conversation, ws []string, a Answer) Conversation {
	next := c
	next.pending = nil
	if a.Outcome == Invalid && len(c.base) > 0 {
		// "and?": no question, so the last one is still the one a
		// fragment after it is of
		next.unsettled = true
		return next
	}
	ws = unsaid(ws)
	if c.alone {
		next.base = ws // not kept: no copy
	} else {
		next.base = clip(ws, maxBaseWords)
	}
	next.with = nil
	if a.Answered {
		next.setEntry(e.entryOf(a), a.with)
		next.answered = next.base
		if next.entry == 0 && !c.alone {
			// an answer from a sentence of the report is no entry, but
			// names whom a follow-up may mean ("how did he present it?")
			next.refs = addFound(next.refs, e.referentsIn(e.an.analyze(a.Text, false), 2*next.turn, 0))
		}
		if _, curated := e.byID[a.EntryID]; curated && !c.alone {
			// (an answer from a sentence of the report is no entry given)
			next.given = withGiven(c.given, append([]int{next.entry - 1}, a.with...)...)
		}
	}
	next.unsettled = true
	return next
}

// settleWith settles the conversation with the terms its last question
// was read as.
func (c *Conversation) settleWith(e *Engine, question analysis) {
	c.unsettled = false
	c.settleRefs(e, question)
}

// settleRefs adds the referents of the last answer and then of its
// question, question (see addAnswerRefs, addQuestionRefs). The answer's
// are added on the stack: only the referents after both are kept, in
// memory of their own.
func (c *Conversation) settleRefs(e *Engine, question analysis) {
	var abuf [2 * maxRefs]referent
	answer := c.answerFound(e, abuf[:0])
	if len(answer) == 0 {
		c.addQuestionRefs(e, question)
		return
	}
	var buf [maxRefs]referent
	refs := addFoundTo(buf[:0], c.refs, answer)
	found := c.questionRefs(e, refs, question)
	if len(found) == 0 {
		c.refs = slices.Clone(refs)
		return
	}
	c.refs = addFoundTo(make([]referent, 0, min(maxRefs, len(found)+len(refs))), refs, found)
}

// addAnswerRefs adds what the last answer named, read at load.
func (c *Conversation) addAnswerRefs(e *Engine) {
	var buf [2 * maxRefs]referent
	c.refs = addFound(c.refs, c.answerFound(e, buf[:0]))
}

// answerFound appends to found what the last answer named, read at load,
// as referents of this turn.
func (c *Conversation) answerFound(e *Engine, found []referent) []referent {
	if c.entry == 0 {
		return found
	}
	found = append(found, e.answerRefs[c.entry-1]...)
	for _, w := range c.with {
		found = append(found, e.answerRefs[w]...)
	}
	for i := range found {
		found[i].turn = 2 * c.turn
	}
	return found
}

// settle adds the referents of the last turn, its answer's and then its
// question's (the nearer), if they are not yet added. The last question,
// read, is kept in the turn's reads (tr, if any): a fragment of it reads
// it again (readFragment).
func (e *Engine) settle(c Conversation, tr *trace) Conversation {
	if !c.unsettled {
		return c
	}
	c.unsettled = false
	c.settleRefs(e, tr.readAnalysis(e.an, c.base, true, true)) // (only read)
	return c
}

// greeting reports whether ws is only a greeting, and stop words.
func greeting(ws []string) bool {
	hello := false
	for i, w := range ws {
		switch {
		case greetings[w]:
			hello = true
		case !stopWords[w] && !greetsWith(ws, i):
			return false
		}
	}
	return hello
}

// changedSpan returns how many words ws and rewritten share at their
// start and, after those, at their end: what lies between is what a
// rewriting changed.
func changedSpan(ws, rewritten []string) (pre, post int) {
	for pre < len(ws) && pre < len(rewritten) && ws[pre] == rewritten[pre] {
		pre++
	}
	for post < len(ws)-pre && post < len(rewritten)-pre && ws[len(ws)-1-post] == rewritten[len(rewritten)-1-post] {
		post++
	}
	return pre, post
}

// rewriteText puts in the text q of words ws what rewritten (ws with its
// references resolved) has in their place, keeping the text's marks; ok
// false when the words cannot be found in the text.
func rewriteText(q string, ws, rewritten []string) (string, bool) {
	pre, post := changedSpan(ws, rewritten) // the words kept at both ends
	old, with := ws[pre:len(ws)-post], rewritten[pre:len(rewritten)-post]
	if len(old) != 1 || !isPlainWord(old[0]) {
		return "", false
	}
	// the k-th time the word is written, whole, in any case
	k := 0
	for _, w := range ws[:pre] {
		if w == old[0] {
			k++
		}
	}
	lower := strings.ToLower(q)
	from := 0
	for {
		i := strings.Index(lower[from:], old[0])
		if i < 0 {
			return "", false
		}
		i += from
		end := i + len(old[0])
		if (i == 0 || !isLetter(lower, i-1)) && !isLetter(lower, end) {
			if k == 0 {
				return q[:i] + joinWords(with) + q[end:], true
			}
			k--
		}
		from = end
	}
}

// isPlainWord reports whether w is lower-case ASCII letters only, as the
// reference words are.
func isPlainWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// hasDateOrMeasure reports whether a question names a date or a measure
// (a key word).
func hasDateOrMeasure(an analysis) bool {
	return slices.ContainsFunc(an.terms, func(t term) bool { return t.kind == KindKey })
}

// asksAsQuestion reports whether words start as a question does: a
// question word, an auxiliary, a request.
func asksAsQuestion(ws []string) bool {
	return len(ws) > 0 && (whWords[ws[0]] || questionStarts[ws[0]] && ws[0] != "in" || requests[ws[0]])
}

// knowing returns how many words open ws with "how do we know" (or "how
// does the report know", "how can we be sure"), when a topic follows.
func knowing(ws []string) int {
	if len(ws) < 5 || ws[0] != "how" || !doAux[ws[1]] {
		return 0
	}
	for i := 2; i < len(ws)-1 && i < 6; i++ {
		if ws[i] == "know" || ws[i] == "sure" {
			return i + 1
		}
	}
	return 0
}

// whIs are question words written with their "is" ("whats the kn-23"):
// a question of its own, not what a question before meant.
var whIs = setOf("whats", "wheres", "whos", "hows", "whens", "whys")

// saysWhatWasMeant reads ws as a reply that says what the one reference
// of the last question, which was turned down, meant ("ukraine i mean",
// "the north korean soldiers fighting for russia"), and returns that
// question with it in the reference's place. ok is false for a question
// of its own, or when the last question had no one reference.
func (e *Engine) saysWhatWasMeant(c Conversation, ws []string) ([]string, bool) {
	reply := trimReply(ws)
	if len(reply) == 0 || len(reply) > 8 {
		return nil, false
	}
	an := e.an.analyzeWords(reply, true)
	opens := reply
	for len(opens) > 1 && movesOn[opens[0]] {
		opens = opens[1:] // "and what do they say?" asks as "what do they say?"
	}
	if asksOnItsOwn(opens, an) || whIs[opens[0]] || len(an.unknown) > 0 || !slices.ContainsFunc(an.terms, func(t term) bool { return t.kind == KindEntity || t.kind == KindRole }) {
		// ("whats the kn-23": a question word with its "is" asks of the
		// name, which its reading may not show)
		return nil, false
	}
	// the reference the reply agrees with: a person is "he" or "she", a
	// country, body or group "they", a thing "it", a place "there"
	agrees := map[string]bool{}
	for _, t := range an.terms {
		switch rf := e.referentInfo[t.text]; {
		case t.kind == KindRole || t.people || rf.class == "group" || rf.class == "body" || rf.class == "country":
			agrees["they"] = true
		case rf.class == "person":
			agrees[rf.pronoun] = true
		case rf.class == "thing":
			agrees["it"] = true
		case rf.class == "place":
			agrees["there"], agrees["it"] = true, true
		}
	}
	var one []reference
	for _, r := range findReferences(c.lastWords) {
		if agrees[r.want] {
			one = append(one, r)
		}
	}
	if len(one) != 1 {
		return nil, false
	}
	r := one[0]
	return slices.Concat(c.lastWords[:r.at], referent{words: reply}.say(r), c.lastWords[r.end:]), true
}

// saysFrame returns how many words open ws with asking whether the report
// says ("does it say", "does the article mention", "do they say"), or 0.
func saysFrame(ws []string) int {
	if len(ws) < 3 || !doAux[ws[0]] {
		return 0
	}
	for k := 1; k < len(ws) && k <= 3; k++ {
		if sayWords[ws[k]] || writtenWords[ws[k]] {
			return k + 1
		}
		if !(ws[k] == "it" || ws[k] == "they" || ws[k] == "the" || ws[k] == "this" || writingWords[ws[k]]) {
			return 0
		}
	}
	return 0
}

// backTo returns how many words open ws with a return to an earlier topic
// ("going back to", "back to", "coming back to"), with a topic and more
// after them.
func backTo(ws []string) int {
	n := 0
	if len(ws) > 0 && (ws[0] == "going" || ws[0] == "coming" || ws[0] == "getting" || ws[0] == "so" || ws[0] == "ok" || ws[0] == "okay") {
		n++
	}
	if n+1 < len(ws) && ws[n] == "go" && ws[n+1] == "back" {
		n++
	}
	if n+1 < len(ws) && ws[n] == "back" && ws[n+1] == "to" && len(ws) > n+4 {
		if k := saidBefore(ws[n+2:]); k > 0 && len(ws) > n+2+k+2 {
			// "going back to the first thing you said, do they get a
			// say?": what was said is the conversation's, the question
			// follows it
			return n + 2 + k
		}
		if k := startOfTalk(ws[n+2:]); k > 0 && len(ws) > n+2+k+2 {
			// "going back to the start, is this the first time?": a
			// place in the conversation, no topic
			return n + 2 + k
		}
		return n + 2
	}
	return 0
}

// oneOfFigures returns the reference "that one" or "this one", which,
// after an answer giving several figures, does not say which.
func oneOfFigures(refs []reference) (reference, bool) {
	for _, r := range refs {
		if r.word == "that one" || r.word == "this one" {
			return reference{want: "that", word: r.word}, true
		}
	}
	return reference{}, false
}

// startOfTalk returns how many words open ws with the start of the
// conversation ("the start", "the beginning"), or 0.
func startOfTalk(ws []string) int {
	n := 0
	if len(ws) > 0 && (ws[0] == "the" || ws[0] == "our") {
		n++
	}
	if n < len(ws) && (ws[n] == "start" || ws[n] == "beginning" || ws[n] == "top") {
		return n + 1
	}
	return 0
}

// saidBefore returns how many words open ws with what the bot said
// before ("the first thing you said", "what you told me", "your first
// answer"), or 0.
func saidBefore(ws []string) int {
	you := false
	for i, w := range ws {
		if i > 6 {
			break
		}
		switch w {
		case "you", "your", "u", "ur":
			you = true
		case "said", "say", "told", "mentioned", "answer", "answered", "reply":
			if you {
				if i+1 < len(ws) && (ws[i+1] == "me" || ws[i+1] == "before" || ws[i+1] == "earlier" || ws[i+1] == previouslyWord) {
					i++
				}
				return i + 1
			}
		}
	}
	return 0
}

// personKnowing reports whether ws asks how a person (or those who said
// it) knows ("how does he know that?", "how does Budanov know?", "how do
// they know?"): where they got it, not who says it.
func (e *Engine) personKnowing(ws []string) bool {
	if len(ws) < 4 || ws[0] != "how" || !doAux[ws[1]] {
		return false
	}
	k := slices.Index(ws, "know")
	if k < 3 || k > 5 {
		return false
	}
	if ofPerson(ws[2:k]) || k == 3 && ws[2] == "they" {
		// "how does he know that?", and of those who said it, "how do
		// they know that?"
		return true
	}
	an := e.an.analyzeWords(ws[2:k], true)
	return len(an.terms) == 1 && an.terms[0].person
}

// setEntry makes entry (an index, or -1 for none) the last one answered,
// with the other entries its answer was made of, if any: the one place
// both are set, so that no answer's parts outlive it.
func (c *Conversation) setEntry(entry int, with []int) {
	c.entry, c.with = entry+1, with
}

// entryOf returns the index of the curated entry that answered a, or -1
// for an answer drawn from a sentence of the report, which is no entry
// (its id is not one of the pack's).
func (e *Engine) entryOf(a Answer) int {
	if i, ok := e.byID[a.EntryID]; ok {
		return i
	}
	return -1
}

// withPending returns c with p asked back. The last answer stays in view:
// asking back answers nothing, so "is that number official?" after "what
// did he think about that number" (asked back: who?) is still of the
// figure answered before.
func (c Conversation) withPending(p pending) Conversation {
	c.pending = &p
	return c
}

// askBackWith asks what p leaves open and keeps p, so the reply completes
// it: every "of what?" a turn asks is kept the same way.
func (e *Engine) askBackWith(c Conversation, p pending) (Answer, Conversation) {
	return e.askBack(c, p), c.withPending(p)
}

func clip(ws []string, n int) []string {
	if len(ws) > n {
		ws = ws[:n]
	}
	return append([]string(nil), ws...)
}

// joinWords writes words back as a question: a possessive joins the word
// before it ("russia's"), as splitWords reads it.
func joinWords(ws []string) string {
	var b strings.Builder
	n := len(ws)
	for _, w := range ws {
		n += len(w)
	}
	b.Grow(n) // one allocation, as strings.Join makes
	for i, w := range ws {
		if i > 0 && w != possessive {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// pointsBack returns how many words open ws with a reference to an
// earlier question ("same question for february", "and the same for
// Russia?"), or 0.
func pointsBack(ws []string) int {
	i := 0
	for i < len(ws) && (ws[i] == "and" || ws[i] == "ok" || ws[i] == "okay" || ws[i] == "so" || ws[i] == "now") {
		i++
	}
	if i < len(ws) && ws[i] == "the" {
		i++
	}
	switch {
	case i+1 < len(ws) && ws[i] == "same" && (ws[i+1] == "question" || ws[i+1] == "q" || ws[i+1] == "thing" || ws[i+1] == "for" || ws[i+1] == "but"):
		return i + 2
	case i < len(ws) && ws[i] == "ditto":
		return i + 1
	}
	return 0
}

// onlyAsks reports whether ws is a kind of question and nothing else:
// "how many?", "when?", "why tho".
func (e *Engine) onlyAsks(ws []string) bool {
	if len(ws) > 3 {
		return false // most first messages: no second reading of them
	}
	an := e.an.analyzeWords(ws, true)
	return len(an.unknown) == 0 && len(an.terms) > 0 &&
		!slices.ContainsFunc(an.terms, func(t term) bool { return t.kind != KindQuestion })
}

// comparesDate reports whether ws asks only whether what was said came
// before or after a date: "is that before or after january?", "was it
// after 2024?".
func comparesDate(ws []string) bool {
	if len(ws) < 4 || len(ws) > 8 || !beAux[ws[0]] && !doAux[ws[0]] || ws[1] != "that" && ws[1] != "it" && ws[1] != "this" {
		return false
	}
	compares := false
	for _, w := range ws[2:] {
		switch {
		case w == "before" || w == "after" || w == previouslyWord || w == "earlier" || w == "later":
			compares = true
		case beAux[w] || doAux[w] || months[w] || finestDate([]string{w}) > noDate || figureNouns[w] ||
			w == "or" || w == "the" || w == "happen" || w == "happened" || w == "early" || w == "late" || w == "mid":
		default:
			return false
		}
	}
	return compares && finestDate(ws) > noDate
}

// datesIt reports whether ws asks only the date of what was just said:
// "when was that?", "when was that number from?", "when is that figure
// from?". Its words
// besides "when" are a verb, a reference to it and "from", nothing the
// question would name of its own.
func datesIt(ws []string) bool {
	if len(ws) < 3 || len(ws) > 6 || ws[0] != "when" || !beAux[ws[1]] || ws[2] != "that" && ws[2] != "it" && ws[2] != "this" {
		return false
	}
	for _, w := range ws[3:] {
		if !figureNouns[w] && w != "from" {
			return false
		}
	}
	return true
}

// recipientAsked returns the preposition of a question that asks only
// whom an act was done to, with, for or against ("to who?", "with
// whom?", "and to whom?", and of a place "where to?"), or "".
func recipientAsked(ws []string) string {
	if len(ws) > 0 && ws[0] == "and" {
		ws = ws[1:]
	}
	if len(ws) == 2 && (ws[0] == "where" && ws[1] == "to" || ws[0] == "to" && ws[1] == "where") {
		// "where to?" after "could deploy more troops": to whom, of a
		// place, which the last answer says as it says to whom
		return "to"
	}
	if len(ws) != 2 || ws[1] != "who" && ws[1] != "whom" {
		return ""
	}
	switch ws[0] {
	case "to", "with", "for", "against":
		return ws[0]
	}
	return ""
}

// onlyWhere reports whether ws asks only where: "where?", "where
// exactly?", "and where?".
func onlyWhere(ws []string) bool {
	if len(ws) > 0 && ws[0] == "and" {
		ws = ws[1:]
	}
	return len(ws) > 0 && len(ws) <= 2 && ws[0] == "where" && (len(ws) == 1 || exactWords[ws[1]])
}

// placesOf lists the places the answer of entry names, each once.
func (e *Engine) placesOf(entry int) []referent {
	var place []referent
	for _, rf := range e.answerRefs[entry] {
		if rf.class == "place" && !slices.ContainsFunc(place, func(p referent) bool { return p.sameKey(rf) }) {
			place = append(place, rf)
		}
	}
	return place
}

// namesAfter reports whether the entry's question or answer has the
// preposition p right before a name ("proposed to Ukraine", "with
// Russian forces").
func (e *Engine) namesAfter(entry int, p string) bool {
	en := e.pack.Entries[entry]
	for _, text := range []string{en.Question, en.Answer} {
		an := e.an.analyze(text, false)
		for _, t := range an.terms {
			at := t.pos - 1
			if at >= 0 && an.words[at] == "the" {
				at--
			}
			if t.kind == KindEntity && at >= 0 && an.words[at] == p {
				return true
			}
		}
	}
	return false
}

// unknownDate reports whether an names a date (a month, a year) that the
// pack does not know: the report gives nothing of it.
func unknownDate(an analysis) bool {
	return slices.ContainsFunc(an.unknown, func(w string) bool { return finestDate([]string{w}) > noDate })
}

// speaksOfFragment reports whether answer a, to a question a fragment
// was merged into, speaks of what the fragment names: each of its names,
// roles, key words and plain words. An answer from the report's sentences
// is taken as it is.
func (e *Engine) speaksOfFragment(a Answer, fragment analysis) bool {
	en, ok := e.byID[a.EntryID]
	if !ok {
		return true
	}
	for _, t := range fragment.terms {
		if t.kind == KindQuestion || t.kind == KindFrame || t.kind == KindAct {
			continue
		}
		if e.entries[en].bag[t.text] == 0 {
			return false
		}
	}
	return true
}

// namesBeside returns a thing ws name, a word or a name (or a plain stem,
// of no kind), that the answer of entry does not speak of at all, and
// whether there is one.
func (e *Engine) namesBeside(entry int, ws []string) (string, bool) {
	an := e.an.analyzeWords(ws, true)
	if len(an.unknown) > 0 {
		return an.unknown[0], true
	}
	for _, t := range an.terms {
		if (t.kind == "" || t.kind == KindWord || t.kind == KindEntity) && !e.entries[entry].about[t.text] && e.entries[entry].bag[t.text] == 0 {
			return t.text, true
		}
	}
	return "", false
}
