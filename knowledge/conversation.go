package knowledge

import (
	"slices"
	"strings"
	"unicode/utf8"
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
	turn   int
	locale string
	// refs are the referents named, most recent first; at most maxRefs.
	refs []referent
	// base is the last question asked, its references resolved, as words.
	base []string
	// entry is the last entry answered, plus one (0: none).
	entry int
	// pending is a question asked back, waiting for what was meant.
	pending *pending
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
	words(c.base)
	if c.pending != nil {
		n += 96
		words(c.pending.words)
		n += 96 * len(c.pending.offered)
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

// converse is AnswerIn, with a trace for Explain.
func (e *Engine) converse(c Conversation, message string, tr *trace) (Answer, Conversation) {
	if utf8.RuneCountInString(message) > MaxQuestionRunes {
		return e.answer(message, tr), c
	}
	if a, ok := e.otherLanguage(message, c.locale); ok {
		tr.note("not in English: " + a.Topic)
		return a, c
	}
	sents := splitMessage(message)
	var questions, statements []string
	talk := -1
	for _, s := range sents {
		switch {
		case e.smallTalk(s) >= 0:
			if talk < 0 || len(questions)+len(statements) == 0 {
				talk = e.smallTalk(s)
			}
		case isQuestion(s):
			questions = append(questions, s)
		default:
			statements = append(statements, s)
		}
	}
	switch {
	case len(questions)+len(statements) == 0 && talk >= 0:
		tr.note("small talk")
		return e.smallTalkAnswer(message, talk), c
	case len(questions) == 0 && len(statements) == 1:
		questions, statements = statements, nil
	case len(questions) == 0 && len(statements) > 1:
		// no sentence asks: the message is one question, as it stands
		questions, statements = []string{strings.Join(statements, " ")}, nil
	}
	if len(questions) == 0 {
		return e.answer(message, tr), c // nothing but spaces and marks
	}
	c.turn++
	ctx := c
	for _, s := range statements {
		// what a statement speaks of is what the question after it may
		// refer to: its names, and the entry it would be answered by ("I
		// saw the 3,000 figure. Who reported it?"); it is never answered
		an := e.an.analyzeWords(sentenceWords(s), true)
		if a := e.answer(s, nil); a.Answered {
			en := e.byID[a.EntryID]
			ctx.entry = en + 1
			ctx.refs = e.addReferents(ctx.refs, e.an.analyze(e.pack.Entries[en].Answer, false), 2*ctx.turn, en+1)
		} else if en, ok := e.figureOf(an); ok {
			ctx.entry = en + 1 // "The 4,000 number sounds precise. Is it confirmed?"
		}
		ctx.refs = e.addReferents(ctx.refs, an, 2*ctx.turn+1, 0)
	}
	var first Answer
	var firstC Conversation
	for i, q := range questions {
		// each question of the message follows the one before ("Was it
		// Russia? Or Ukraine?")
		a, next := e.turn(ctx, q, tr)
		a.Question = message
		if a.Answered {
			return a, next
		}
		if i == 0 {
			first, firstC = a, next
		}
		if a.Outcome != Clarify {
			ctx.base, ctx.refs = next.base, next.refs
		}
	}
	if len(statements) > 0 && len(c.refs) == 0 && c.entry == 0 {
		// a first message that reads best whole: its premise says what
		// its question asks ("I read that a minister wants to take them
		// in. Who is it?")
		if a := e.answer(message, tr); a.Answered {
			return a, e.remember(c, sentenceWords(message), a)
		}
	}
	return first, firstC
}

// turn answers one question sentence in the conversation ctx.
func (e *Engine) turn(c Conversation, q string, tr *trace) (Answer, Conversation) {
	ws := sentenceWords(q)
	if d := dropLeadingTalk(ws, e); len(d) < len(ws) {
		ws, q = d, joinWords(d)
	}
	asked := ws
	if _, ok := e.exact[strings.Join(ws, " ")]; ok && len(c.refs) == 0 || e.an.analyzeWords(ws, true).greeting {
		// a curated phrasing, first ("How did he present it?"), or a
		// greeting: as asked
		a := e.answer(q, tr)
		return a, e.remember(c, ws, a)
	}
	if c.pending != nil {
		if rewritten, ok := e.fillPending(c, ws); ok {
			tr.note("what was asked back: " + strings.Join(rewritten, " "))
			next := c
			next.pending = nil
			return e.answerWords(next, rewritten, tr)
		}
	}
	c.pending = nil
	if k := knowing(ws); k > 0 {
		// "how do we know they're fighting there?" asks who says so
		ws = append([]string{"who", "says"}, ws[k:]...)
		q = joinWords(ws)
		asked = ws
	}
	if a, next, ok := e.aboutLastAnswer(c, ws, tr); ok {
		return a, next
	}
	refs := findReferences(ws)
	if len(refs) > 0 {
		rewritten, ask, ok := e.resolve(c, ws, refs)
		if !ok {
			tr.note("unclear: " + ask.ref.word)
			return e.askBack(c, ask), c.withPending(ask)
		}
		if rewritten != nil {
			tr.note("read with what came before: " + strings.Join(rewritten, " "))
			ws = rewritten
		}
	}
	if merged, ok := e.merge(c, ws); ok {
		tr.note("a fragment of the last question: " + strings.Join(merged, " "))
		ws = merged
	}
	if slices.Equal(ws, asked) {
		// as asked: its own marks tell its premise from its question
		a := e.answer(q, tr)
		return a, e.remember(c, ws, a)
	}
	return e.answerWords(c, ws, tr)
}

// answerWords answers a question read as words, and returns the
// conversation that follows it.
func (e *Engine) answerWords(c Conversation, ws []string, tr *trace) (Answer, Conversation) {
	a := e.answer(joinWords(ws), tr)
	return a, e.remember(c, ws, a)
}

// remember returns the conversation after question ws got answer a.
func (e *Engine) remember(c Conversation, ws []string, a Answer) Conversation {
	next := c
	next.pending = nil
	next.base = clip(ws, maxBaseWords)
	if a.Answered {
		en := e.byID[a.EntryID]
		next.entry = en + 1
		next.refs = e.addReferents(next.refs, e.an.analyze(e.pack.Entries[en].Answer, false), 2*c.turn, en+1)
	}
	next.refs = e.addReferents(next.refs, e.an.analyzeWords(ws, true), 2*c.turn+1, 0)
	return next
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

func (c Conversation) withPending(p pending) Conversation {
	c.pending = &p
	c.entry = 0
	return c
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
	for i, w := range ws {
		if i > 0 && w != possessive {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}
