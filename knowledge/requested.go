package knowledge

import (
	"regexp"
	"strings"
)

// A long, polite message (an email) puts its question in the middle, as a
// request reported in one sentence ("Leadership asked what North Korea is
// getting out of it.", "I need to know when North Korea first sent its
// soldiers", "our desk needs the casualty figure Ukraine gave ..."),
// among greetings, thanks and sign-offs that name what the pack knows
// ("help last week", "this morning's call") and sink the question when
// read with it. answerRequested asks what is requested alone, when the
// message is not answered otherwise: only one sentence of it reports a
// request, and what follows the verb of asking or needing is asked as a
// question of its own, under every guard a question is.

// requestVerb is a verb of asking or needing, with what may follow it
// before the thing asked ("asked me whether", "need to know when", "would
// like to find out about").
var requestVerb = regexp.MustCompile(`(?i)\b(?:asked|asks|is asking|was asking|needs|need|wants|would like|'d like|wondering|wondered)(?: me| us| you)?(?: to (?:know|find out|learn|confirm|check|have))?(?: about)?\s+`)

// requested returns what the sentence s reports as asked or needed, and
// whether it does: a question word or "whether" starting a clause, or a
// thing named with "the", of three words or more.
func requested(s string) (string, bool) {
	loc := requestVerb.FindStringIndex(s)
	if loc == nil {
		return "", false
	}
	rest := strings.TrimSpace(s[loc[1]:])
	ws := strings.Fields(strings.ToLower(rest))
	if len(ws) < 3 {
		return "", false
	}
	if first := strings.Trim(ws[0], ",:;"); !isQuestionWord(first) && first != "whether" && first != "the" {
		return "", false
	}
	return rest, true
}

// answerRequested answers the one request a message of several sentences
// reports (see requested), asked alone; false when no sentence, or more
// than one, reports a request, or when the request alone is not answered.
func (e *Engine) answerRequested(question string, tr *trace) (Answer, bool) {
	sents := splitMessage(question)
	if len(sents) < 2 {
		return Answer{}, false
	}
	asked, n := "", 0
	for _, s := range sents {
		if r, ok := requested(s); ok {
			asked, n = r, n+1
		}
	}
	if n != 1 || len(asked) >= len(question) {
		return Answer{}, false
	}
	tr.note("asked as the one request the message reports: " + asked)
	ra := e.answer(asked, tr)
	if !ra.Answered {
		return Answer{}, false
	}
	ra.Question, ra.reread = question, true
	return ra, true
}
