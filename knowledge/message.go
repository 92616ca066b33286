package knowledge

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// reply is converse, without the memo.
func (e *Engine) reply(c Conversation, message string, tr *trace) (Answer, Conversation) {
	if tr == nil {
		tr = e.quietTrace() // for what the turn reads (see reads.go)
		defer e.freeTrace(tr)
	}
	if utf8.RuneCountInString(message) > MaxQuestionRunes {
		return e.answer(message, tr), c
	}
	if a, ok := e.otherLanguage(message, c.locale); ok {
		if m := e.sortSentences(message, tr); len(m.questions)+len(m.statements) == 0 && m.talk >= 0 {
			// "спасибо", "ありがとう": small talk the pack knows in it
			tr.note("small talk")
			return e.smallTalkAnswer(message, m.talk), c
		}
		tr.note("not in English: " + a.Language)
		return a, c
	}
	if d, ok := undictated(message); ok {
		// "... fighting comma is it in kursk question mark": the marks a
		// dictation spelt out, written (dictation.go)
		tr.note("its dictated marks written: " + d)
		a, next := e.reply(c, d, tr)
		a.Question = message
		return a, next
	}
	if d, ok := e.an.unhyphened(message); ok {
		// "which missile-type ...?": the words of a compound joined by
		// hyphens, apart (hyphencompound.go)
		tr.note("its compounds read as words: " + d)
		a, next := e.reply(c, d, tr)
		a.Question = message
		return a, next
	}
	m := e.sortSentences(message, tr)
	if m.talk < 0 && m.wordless() {
		if m.talk = e.talk.emojiTalk(message); m.talk >= 0 { // "👍", "🙏", "❤️"
			m.questions, m.statements = nil, nil
		}
	}
	if len(m.questions)+len(m.statements) == 0 && m.talk >= 0 {
		tr.note("small talk")
		return e.smallTalkAnswer(message, m.talk), c
	}
	if onlyReacts(m) {
		// "brutal. thx" (reactiontalk.go)
		tr.note("small talk, and a reaction to what was said")
		return e.smallTalkAnswer(message, m.talk), c
	}
	m.askStatements()
	if len(m.questions) == 0 {
		return e.answer(message, tr), c // nothing but spaces and marks
	}
	m.askCheckedStatement()
	m.askPhrasedStatement()
	if n := len(m.statements); n > 0 && len(m.questions) == 1 {
		if rw, ok := claimPointedBack(m.swords[n-1], m.qwords[0]); ok {
			// "... a claim that X. Does the report make that claim, and
			// who makes it?": asked of the claim (claimpointed.go)
			tr.note("asked of the claim named before: " + joinWords(rw))
			a, next := e.reply(c, joinWords(rw)+"?", tr)
			a.Question = message
			return a, next
		}
	}
	tr.seedReads(c) // (the last question, as its turn read it)
	c = e.settle(c, tr)
	e.topicFirst(c, &m, tr)
	first := len(c.refs) == 0 && c.entry == 0 && c.pending == nil
	// a reply of several sentences to a first message asked back ("what
	// were the figures you told me?" "The dead soldiers, dear. How many
	// by February?") has nothing before it either
	repliesFirst := len(c.refs) == 0 && c.entry == 0 && c.pending != nil && len(c.base) == 0
	if repliesFirst {
		_, repliesFirst = e.toldBefore(c.pending.words)
	}
	if (first || repliesFirst) && len(m.questions)+len(m.statements) > 1 && !slices.ContainsFunc(m.qwords, func(ws []string) bool { _, ok := e.toldBefore(ws); return ok }) {
		// a first message of several sentences is first read whole, as
		// one question with its premises and chatter (see core): only
		// what that does not answer is read sentence by sentence
		if a := e.answer(message, tr); a.Answered && !e.premiseOnly(a, m) {
			c.turn++
			c.declined, c.lastWords = false, nil // answered: no question turned down
			c.pending = nil
			return a, e.remember(c, e.withoutChatter(message, sentenceWords(message)), a)
		} else if !a.Answered && e.pronounOfUnspoken(message, tr) {
			// "Belarus. How many did it send?": its "it" is the name
			// the report lacks (unspokenfirst.go)
			tr.note("a pronoun of a name the report lacks: declined as read whole")
			c.turn++
			c.declined, c.lastWords = false, nil // (no reference of the question to say)
			c.pending = nil
			return a, e.remember(c, sentenceWords(message), a)
		}
	}
	c.turn++
	if n := len(m.statements); n > 0 && len(m.questions) == 1 {
		// "In the 1950s the casualties were massive. What are they
		// now?" (statementsubject.go)
		if rw, ok := meantSubject(m.swords[n-1], m.qwords[0]); ok && (len(c.base) > 0 || c.entry > 0 || c.pending != nil) {
			// "i meant the other talks. what are they about?"
			// (meantstatement.go)
			tr.note("the pronoun is what the correction says was meant: " + joinWords(rw))
			m.questions[0], m.qwords[0] = joinWords(rw), rw
		} else if rw, ok := e.withStatementSubject(m.swords[n-1], m.qwords[0]); ok {
			tr.note("the pronoun is the statement's subject: " + joinWords(rw))
			m.questions[0], m.qwords[0] = joinWords(rw), rw
		} else if rw, ok := e.evidenceFor(m.swords[n-1], m.qwords[0]); ok {
			// "I'm arguing X. What evidence does the report give?"
			// (evidencefor.go)
			tr.note("asks the evidence for the statement's claim: " + joinWords(rw))
			m.questions[0], m.qwords[0] = joinWords(rw), rw
		}
	}
	ctx := e.withStatements(c, m)
	questions, qwords := e.realQuestions(m.questions, m.qwords)
	return e.answerEach(ctx, message, questions, qwords, m.statements, m.swords, tr)
}

// messageSentences are a message's sentences, each with its words, by
// what they do: a question is answered, a statement only says what the
// questions after it refer to.
type messageSentences struct {
	questions, statements []string
	qwords, swords        [][]string
	// talk is the row of small talk that answers a message of nothing
	// else, or -1.
	talk int
}

// sortSentences sorts a message's sentences into small talk, questions
// and statements. A message of one sentence is a question, marked so or
// not.
func (e *Engine) sortSentences(message string, tr *trace) messageSentences {
	var buf [4]string // on the stack, for most messages
	sents := appendSentences(buf[:0], message)
	m := messageSentences{talk: -1}
	for _, s := range sents {
		ws := tr.sentenceWords(s, true) // answer reads a question again
		switch row := e.smallTalk(ws); {
		case row >= 0:
			if m.talk < 0 || len(m.questions)+len(m.statements) == 0 {
				m.talk = row
			}
		case len(sents) == 1 || isQuestion(s, ws):
			m.questions = append(m.questions, s)
			m.qwords = append(m.qwords, ws)
		case len(m.questions) > 0 && exactRemark(ws):
			// "how many are in russia? like exact number": how exactly
			// the question before asks, read with it (exactremark.go)
			n := len(m.questions) - 1
			m.questions[n] += " " + s
			m.qwords[n] = append(slices.Clip(m.qwords[n]), ws...)
		case len(m.questions) > 0 && offersAnswers(ws):
			// "how sure is that? like confirmed or just reported": the
			// answers the question offers, no statement (offeredafter.go)
		default:
			m.statements = append(m.statements, s)
			m.swords = append(m.swords, ws)
		}
	}
	return m
}

// wordless reports whether no sentence of the message has a word: it is
// marks and emoji only.
func (m *messageSentences) wordless() bool {
	for _, ws := range m.qwords {
		if len(ws) > 0 {
			return false
		}
	}
	for _, ws := range m.swords {
		if len(ws) > 0 {
			return false
		}
	}
	return true
}

// askStatements makes a message none of whose sentences asks a question
// of its statements: a message to the bot asks something, and unmarked
// questions are common.
func (m *messageSentences) askStatements() {
	switch {
	case len(m.questions) == 0 && len(m.statements) == 1:
		m.questions, m.statements, m.qwords, m.swords = m.statements, nil, m.swords, nil
	case len(m.questions) == 0 && len(m.statements) > 1:
		// no sentence asks: the message is one question, as it stands
		q := strings.Join(m.statements, " ")
		m.questions, m.statements, m.qwords, m.swords = []string{q}, nil, [][]string{sentenceWords(q)}, nil
	}
}

// askCheckedStatement makes a question that only asks whether the
// statement before it is true ask the statement itself: "My friend says
// Cho is the defence minister. Is that right?" asks whether he is.
func (m *messageSentences) askCheckedStatement() {
	n := len(m.statements)
	if n > 0 && len(m.questions) == 1 && doubts(m.qwords[0]) && !checksTruth(m.qwords[0]) {
		// a doubt with what the asker believed instead puts that to
		// check, without the "i thought" (pushbackclaim.go)
		if k := believed(m.swords[n-1]); k > 0 {
			claim := m.swords[n-1][k:]
			m.questions, m.qwords = []string{strings.Join(claim, " ") + ", right?"}, [][]string{append(slices.Clip(claim), "right")}
			m.statements, m.swords = m.statements[:n-1], m.swords[:n-1]
		}
		return
	}
	if n > 0 && len(m.questions) == 1 && checksTruth(m.qwords[0]) {
		// its tag kept, as the statement is a claim put to check (see
		// checksClaim), not a question asked plainly
		m.questions, m.qwords = []string{m.statements[n-1] + ", right?"}, [][]string{append(slices.Clip(m.swords[n-1]), "right")}
		m.statements, m.swords = m.statements[:n-1], m.swords[:n-1]
	}
}

// topicFirst makes a first question that only names whom the next one
// is of ("And Kyiv's side of it? Have they accepted the offer?") a
// statement: it asks nothing of its own, and answered alone, by the name,
// it would be answered with whatever entry speaks most of it; the next
// question's reference is to it. A fragment the last question takes is
// of that question ("what about ukraine's side? how many did they
// lose": how many Ukrainians died), and stays one.
func (e *Engine) topicFirst(c Conversation, m *messageSentences, tr *trace) {
	if len(m.questions) < 2 || len(findReferences(m.qwords[1])) == 0 || !e.isFragment(m.qwords[0]) {
		return
	}
	if _, merged := e.merge(c, m.qwords[0], tr); merged {
		return
	}
	an := e.an.analyzeWords(m.qwords[0], true)
	if len(an.terms) == 0 || len(an.unknown) > 0 || slices.ContainsFunc(an.terms, func(t term) bool { return t.kind != KindEntity }) {
		return
	}
	m.statements, m.swords = append(m.statements, m.questions[0]), append(m.swords, m.qwords[0])
	m.questions, m.qwords = m.questions[1:], m.qwords[1:]
}

// withStatements returns the conversation with what the message's
// statements speak of: their names, and the entry each would be answered
// by, which the question after them may refer to ("I saw the 3,000
// figure. Who reported it?"). A statement itself is never answered.
func (e *Engine) withStatements(c Conversation, m messageSentences) Conversation {
	for i, s := range m.statements {
		an := e.an.analyzeWords(m.swords[i], true)
		if a, ok := e.statementAnswer(s); ok {
			c.setEntry(e.entryOf(a), a.with)
			c.addAnswerRefs(e)
		} else if en, ok := e.figureOf(an); ok {
			c.setEntry(en, nil) // "The 4,000 number sounds precise. Is it confirmed?"
		} else if en, ok := e.otherFigure(c, m.swords[i]); ok {
			c.setEntry(en, nil) // "no i meant the other number. deaths only?"
		}
		c.refs = e.addReferents(c.refs, an, 2*c.turn+1, 0)
		if rf, ok := e.otherMeant(c, m.swords[i]); ok {
			// "No, not him, the other guy.": the other is the one named
			// last (othercorrected.go)
			c.refs = e.addReferents(c.refs, e.an.analyzeWords(rf.words, true), 2*c.turn+1, 0)
		}
		if c.pending != nil {
			// "sorry, meant the foreign minister. did he confirm it?":
			// the statement says whom the question asked back meant
			if rf, ok := e.meant(c.pending.offered, an); ok {
				c.refs = e.addReferents(c.refs, e.an.analyzeWords(rf.words, true), 2*c.turn+1, 0)
			}
		}
	}
	return c
}

// realQuestions keeps, of several question sentences, those that ask:
// beside a question, a bare word asked ("source? who even says they are
// there?") or a remark ("not the total, just December?") is no question of
// its own, so only a real question is asked after the first, or a
// fragment of it (see merge).
func (e *Engine) realQuestions(questions []string, qwords [][]string) ([]string, [][]string) {
	if len(questions) <= 1 {
		return questions, qwords
	}
	var qs []string
	var qw [][]string
	for i, ws := range qwords {
		switch {
		case len(qs) > 0 && guessAt(qw[len(qw)-1], ws):
			// "Who reported that figure? Was it Ukraine?": a guess at
			// the answer to the question before, which answers it
			continue
		case len(qs) > 0 && namesAsked(qw[len(qw)-1], ws):
			// "who made the estimate? name the agency": the question
			// before asks it (namerequest.go)
			continue
		case i == 0 && len(ws) > 2 || asksAsQuestion(ws) || e.isFragment(ws) || i > 0 && bareAsk(ws):
			qs, qw = append(qs, questions[i]), append(qw, ws)
		case len(qs) > 0 && len(ws) > 2:
			// a remark asked after a question says more of it ("what
			// happens to those who don't go? sent back?")
			k := len(qs) - 1
			qs[k], qw[k] = qs[k]+" "+questions[i], slices.Concat(qw[k], ws)
		}
	}
	if len(qs) == 0 {
		return questions[:1], qwords[:1]
	}
	return qs, qw
}

// guessAt reports whether the question ws only guesses at the answer to
// the question q before it, which asks with a question word: "Who
// reported it? Was it Ukraine or someone else?", "Who is Cho? Is he the
// foreign minister?".
func guessAt(q, ws []string) bool {
	for len(ws) > 1 && movesOn[ws[0]] {
		ws = ws[1:]
	}
	if len(q) == 0 || !isQuestionWord(q[0]) || len(ws) <= 2 {
		return false
	}
	// "Who estimated it? Ukraine or someone else?": the guesses alone
	return beAux[ws[0]] && guessSubjects[ws[1]] || !isQuestionWord(ws[0]) && !beAux[ws[0]] && ws[len(ws)-1] == "else" && ws[len(ws)-3] == "or" && guessOthers[ws[len(ws)-2]]
}

// guessOthers, before "else" after "or", end a guess with the answer left
// open: "Ukraine or someone else?".
var guessOthers = setOf("someone", "somebody", "anyone", "anybody", "something", "anything")

// guessSubjects are the words that, after "was" or "is", stand for the
// answer guessed at.
var guessSubjects = setOf("it", "that", "this", "he", "she", "they")

// answerEach answers the questions of a message in turn, each following
// the one before ("Was it Russia? Or Ukraine?"). The message gets the
// first curated answer, which is surer than one drawn from a sentence of
// the report; else the first such; else the first question's. A question
// followed by a bare question word ("... ?? since when") is only its
// premise: the answer is the bare word's, asked of it.
//
// The message's statements (their words swords), and the questions before
// one, may be claims put to check, which a question naming only the report asks of
// (see claimOverview).
func (e *Engine) answerEach(ctx Conversation, message string, questions []string, qwords [][]string, statements []string, swords [][]string, tr *trace) (Answer, Conversation) {
	var firstA Answer
	var firstC Conversation
	var held Answer // answered from a sentence of the report, not an entry
	var heldC Conversation
	var whole Answer // the answers of the questions curated entries answer
	var wholeC Conversation
	asksOf := false // the question before asks of this one (see asksOfIt)
	for i, q := range questions {
		a, next := e.turnNow(ctx, q, qwords[i], tr)
		if a.Answered && e.claimOverview(a, statements, swords, qwords[:i]) && !asksGist(qwords[i]) {
			tr.note("not the answer: an overview, whose quotes do not speak of the claim before the question")
			a, next = e.notOfIt(q), ctx
		}
		next.declined, next.lastWords = false, nil
		if len(questions) == 1 && !a.Answered && a.Outcome != Clarify && !ctx.alone && !a.ofLastStands {
			next.declined, next.lastWords = true, qwords[i]
		}
		a.Question = message
		// a bare question word after a question asks it of that one, and
		// is what is asked ("nk is fighting in ukraine?? since when"): the
		// first is only its premise
		asksOfIt := i+1 < len(questions) && (bareAsk(qwords[i+1]) || topicThenAsk(qwords[i], qwords[i+1]) || checkThenAsk(qwords[i], qwords[i+1]))
		if a.Answered && len(questions) == 1 {
			return a, next
		}
		if a.Answered && e.curated(a) && !asksOfIt {
			// each question its answer: "Is its involvement growing? Are
			// more troops coming?" (a later one answered by another entry
			// is added, one that is not is left)
			if !whole.Answered {
				whole, wholeC = a, next
			} else if w, ok := whereAlso(whole, a, qwords[i]); ok {
				// "... ? also which paragraph is that in?" (wherealso.go)
				whole = w
			} else if a.EntryID != whole.EntryID && !slices.Contains(whole.with, e.byID[a.EntryID]) {
				whole = e.withAnswer(whole, a)
				wholeC = next
				ids := []string{whole.EntryID}
				for _, w := range whole.with {
					ids = append(ids, e.pack.Entries[w].ID)
				}
				tr.parts(ids)
			}
			if i+1 < len(questions) {
				next = e.settle(next, tr)
				ctx.base, ctx.refs, ctx.entry, ctx.with = next.base, next.refs, next.entry, next.with
			}
			continue
		}
		if whole.Answered {
			continue
		}
		if a.Answered && asksOfIt {
			tr.note("not the answer: the question word after it asks of it")
		}
		if a.Answered && !held.Answered && !asksOfIt {
			// a curated answer to a later question is surer
			held, heldC = a, next
		}
		if i == 0 || asksOf {
			// (what a bare question word asks stands for the question)
			firstA, firstC = a, next
		}
		asksOf = asksOfIt
		if a.Outcome != Clarify && i+1 < len(questions) {
			next = e.settle(next, tr)
			ctx.base, ctx.refs = next.base, next.refs
			if a.Answered && asksOfIt {
				// the premise's answer, which the bare word asks of
				// ("nk is in the ukraine war?? since when": since when
				// it sent troops; see fragmentOfEntry)
				ctx.entry, ctx.with, ctx.answered = next.entry, next.with, next.answered
			}
		}
	}
	if whole.Answered {
		if len(whole.with) == 0 {
			// the trace names the one kept when a later question's
			// answer was turned down after it
			tr.parts([]string{whole.EntryID})
		}
		return whole, wholeC
	}
	if held.Answered {
		tr.parts([]string{held.EntryID})
		return held, heldC
	}
	return firstA, firstC
}

// withAnswer adds answer b, of another entry, to answer a: its text after
// a's, its citations after a's.
func (e *Engine) withAnswer(a, b Answer) Answer {
	a.Text = aside.ReplaceAllString(a.Text, "") + " " + aside.ReplaceAllString(b.Text, "")
	for _, ct := range b.Citations {
		if !slices.Contains(a.Citations, ct) {
			a.Citations = append(a.Citations, ct)
		}
	}
	a.Confidence = round2(min(a.Confidence, b.Confidence))
	a.with = append(slices.Clone(a.with), e.byID[b.EntryID])
	return a
}

// checksTruth reports whether a question only asks whether what was just
// said is true: "Is that right?", "true?", "is this correct?".
func checksTruth(ws []string) bool {
	if asksReportSays(ws) {
		return true
	}
	truth := false
	for _, w := range ws {
		switch {
		case truthWords[w] || verifyWords[w]:
			truth = true
		case w == "that" || w == "this" || w == "it" || beAux[w] || w == "so" || w == "really" || w == "actually" || askingYouWords[w]:
		default:
			return false
		}
	}
	return truth
}

// asksReportSays reports whether a question only asks whether the report
// says what was just said: "Does the report suggest that, or the
// opposite?", "does the article say so?", "is that what the report says?".
func asksReportSays(ws []string) bool {
	says, points := false, false
	for _, w := range ws {
		switch {
		case reportSaysWords[w]:
			says = true
		case w == "that" || w == "this" || w == "it" || w == "so":
			points = true
		case !reportFrameWords[w]:
			return false
		}
	}
	return says && points
}

// reportSaysWords say that the report says a thing; reportFrameWords may
// stand around them in a question that asks only whether it does.
var (
	reportSaysWords = setOf("say", "says", "said", "suggest", "suggests", "support", "supports", "confirm", "confirms", "claim", "claims", "mention", "mentions", "state", "states", "back", "backs",
		"describe", "describes", "described", "portray", "portrays")
	reportFrameWords = setOf("does", "do", "did", "is", "was", "the", "report", "article", "story", "text", "piece", "or", "opposite", "reverse", "not", "what", "really", "actually", "anything", "like", "even")
)

// verifyWords, asked of the one answering ("Can you verify that?",
// "could you confirm?"), ask whether what was just said is true, as
// truthWords do; askingYouWords are the words around them that ask it.
var (
	verifyWords    = setOf("verify", "confirm", "check", "factcheck")
	askingYouWords = setOf("can", "could", "you", "u", "please", "pls", "plz", "would", "kindly")
)

// truthWords are the words that ask whether something said is true.
var truthWords = setOf("right", "true", "correct", "accurate", "legit", "real", "factual", "rite")

// curated reports whether an answer is a curated entry's, not one of the
// report's sentences (see fallback.go).
func (e *Engine) curated(a Answer) bool {
	_, ok := e.byID[a.EntryID]
	return ok
}

// otherFigure returns, for a statement that names "the other number"
// after an answer that gives two figures, the entry of the figure the
// answer gives besides its own: "no i meant the other number, the
// january one" after February's 4,000 (which recalls January's 3,000).
func (e *Engine) otherFigure(c Conversation, ws []string) (int, bool) {
	if c.entry == 0 || e.figuresIn(c.entry-1) < 2 ||
		!slices.ContainsFunc(findReferences(ws), func(r reference) bool { return r.want == "other" && r.of == "figure" }) {
		return 0, false
	}
	last := e.pack.Entries[c.entry-1]
	own, given := e.mainFigures(c.entry-1), e.facts[c.entry-1].given
	found := -1
	for _, id := range last.Related {
		en := e.byID[id]
		main := e.mainFigures(en)
		if len(main) == 0 || slices.ContainsFunc(main, func(f string) bool {
			// (its figures all the answer's others: not one that also
			// gives the answer's own)
			return slices.Contains(own, f) || !slices.Contains(given, f)
		}) {
			continue
		}
		if found >= 0 {
			return 0, false
		}
		found = en
	}
	return found, found >= 0
}
