package knowledge

import (
	"slices"
	"strings"
)

// twoQuestions returns the two sentences of a message that is two
// questions and nothing else, each opening with a question word or an
// auxiliary and ending with its mark ("Who is Cho? Where are they
// fighting?", "Why would South Korea care about enemy soldiers? What does
// the article say the talks are about?"). Read as one, the first would be
// taken for the premise of the second, or the words of both would pick an
// entry that answers neither; each is a question of its own.
func twoQuestions(question string) (string, string, bool) {
	// cheap prefilter: exactly two question marks, the last at the end
	s := strings.TrimSpace(question)
	if strings.Count(s, "?") != 2 || !strings.HasSuffix(s, "?") {
		return "", "", false
	}
	var buf [4]string
	parts := appendSentences(buf[:0], s)
	if len(parts) != 2 {
		return "", "", false
	}
	for i, p := range parts {
		ws := sentenceWords(p)
		for len(ws) > 3 && movesOn[ws[0]] {
			ws = ws[1:] // "And who holds Kursk?": a question all the same
		}
		// (a choice first is a question without a question word: "Cho's
		// offer: formal visit or a call?"; a choice second may be the
		// first's other half, "by russia? or by ukraine?")
		choice := i == 0 && slices.Contains(ws, "or")
		if !strings.HasSuffix(strings.TrimSpace(p), "?") || len(ws) < 3 || !questionStarts[ws[0]] && !choice || ws[0] == "in" {
			return "", "", false
		}
	}
	return parts[0], parts[1], true
}

// leansOnFirst reports whether a question's words refer to something named
// before it ("what did he say?"): read alone, its pronoun would stand for
// no one.
func leansOnFirst(ws []string) bool {
	for _, w := range ws {
		if pronouns[w] || personPronouns[w] || demonstratives[w] || w == "that" {
			return true
		}
	}
	return false
}

// answerTwoQuestions answers a message of two questions (see
// twoQuestions) by each alone: both, the first's answer then the
// second's, when each is answered by an entry of its own; the second
// alone, saying the first is not answered, when only it is, and it does
// not refer back to the first.
// Otherwise the message is read as one.
func (e *Engine) answerTwoQuestions(a Answer, question string, tr *trace) (Answer, bool) {
	q1, q2, ok := twoQuestions(question)
	if !ok {
		return a, false
	}
	a1, a2 := e.answer(q1, nil), e.answer(q2, nil)
	one, two := e.oneEntry(a1), e.oneEntry(a2)
	switch {
	case one && two:
		tr.note("two questions, each answered alone")
		a1.Question = a.Question
		if a1.EntryID == a2.EntryID {
			tr.chose(a1.EntryID, "answers both questions")
			return a1, true
		}
		tr.parts([]string{a1.EntryID, a2.EntryID})
		a1.Text = aside.ReplaceAllString(a1.Text, "") + " " + aside.ReplaceAllString(a2.Text, "")
		for _, ct := range a2.Citations {
			if !slices.Contains(a1.Citations, ct) {
				a1.Citations = append(a1.Citations, ct)
			}
		}
		a1.Confidence = round2(min(a1.Confidence, a2.Confidence))
		a1.with = append(a1.with, e.byID[a2.EntryID])
		return a1, true
	case !a1.Answered && two && !leansOnFirst(sentenceWords(q2)):
		tr.note("two questions, the second answered alone: the first is not")
		tr.chose(a2.EntryID, "answers the second question, asked alone")
		a2.Question = a.Question
		// say so: the asker asked two things, and an answer to one alone
		// would read as if the report had nothing to add on the other
		a2.Text = firstUnanswered + a2.Text
		return a2, true
	}
	return a, false
}

// firstUnanswered opens the answer to the second of two questions when
// the report does not answer the first.
const firstUnanswered = "I found nothing in the report on your first question. On the second: "

// oneEntry reports whether an answer is one curated entry's.
func (e *Engine) oneEntry(a Answer) bool {
	_, curated := e.byID[a.EntryID]
	return a.Answered && curated && len(a.with) == 0
}
