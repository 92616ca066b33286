package knowledge

import (
	"slices"
	"strings"
)

// A first message of several sentences is read whole (message.go), its
// statements taken for the premise of its question. When that question
// is itself two joined by "and" ("lol my boss forwarded me this. quick:
// who's the SK minister and what'd he propose"), the premise's words may
// keep the two from being read apart, and the whole is answered by what
// answers the first alone: half an answer, which reads as the whole. The
// question sentence, asked alone, is answered in its parts, and that is
// the message's answer.

// halfOfTwo returns the answer of the last sentence of message alone,
// when a, the answer of message read whole, answers only the first of the
// two questions that sentence joins with "and", and the sentence alone
// answers both. (Its last sentence, not its last question: a
// message none of whose sentences is marked a question is asked as one.)
func (e *Engine) halfOfTwo(a Answer, message string) (Answer, bool) {
	if !a.Answered || len(a.with) > 0 || !strings.Contains(message, " and ") {
		return Answer{}, false
	}
	sents := appendSentences(nil, message)
	if len(sents) < 2 {
		return Answer{}, false
	}
	q := sents[len(sents)-1]
	last := sentenceWords(q)
	and := slices.Index(last, "and")
	if and < 1 || and+1 >= len(last) || !whWords[last[and+1]] && !questionStarts[last[and+1]] {
		return Answer{}, false
	}
	alone := e.answer(q, &trace{quiet: true})
	if !alone.Answered || alone.EntryID != a.EntryID || len(alone.with) == 0 {
		return Answer{}, false
	}
	alone.Question = a.Question
	return alone, true
}
