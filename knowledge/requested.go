package knowledge

import (
	"regexp"
	"slices"
	"strings"
)

// A long, polite message (a letter, an email) puts its question in a
// request: "I would be grateful if someone could tell me which South
// Korean official proposed receiving the prisoners", "Leadership asked
// what North Korea is getting out of it.", "I need to know when North
// Korea first sent its soldiers", "our desk needs the casualty figure
// ...". Around it stand greetings, thanks, what the asker has been
// reading and sign-offs that name what the pack knows ("help last week",
// "this morning's call") and sink the question when read with it. What
// the request asks is asked alone, under every guard a question is: first
// what follows the message's last request (see answer), and when the
// message is declined whole, the one sentence of it that reports a
// request (answerRequested).

// requestMarker ends a request before the thing asked: a verb of asking
// or needing, with what may follow it ("asked me whether", "need to know
// when", "would like to find out about"), or a plea to be told ("tell me",
// "let me know", "enlighten me").
var requestMarker = regexp.MustCompile(`(?i)\b(?:(?:asked|asks|is asking|was asking|needs|need|wants|wanted|would like|'d like|wondering|wondered)(?: me| us| you)?(?: this morning| today| yesterday| earlier)?(?: to (?:know|find out|learn|confirm|check|have|ask))?(?: about)?|tell me|let me know|inform me|enlighten me|advise me|to know)(?:,[^,.?!]{1,40},)?\s+`)

// requestWords are words one of which every request marker holds: a
// verb, or the words it is written with where the verb alone is common
// ("like" in "would like", "know" in "let me know"), as requestMarker
// writes them.
var requestWords = marksOf("ask", "need", "want", "would like", "'d like", "wonder",
	"tell me", "me know", "to know", "inform me", "enlighten me", "advise me")

// mayRequest reports whether s holds a word of requestWords, in any case:
// whether requestMarker can match it at all. Every question is asked
// whether it is a request, and the expression, case folded and bounded by
// \b, took longer to say no than the rest of an answer; a few byte
// searches say it at once for nearly all of them.
func mayRequest(s string) bool {
	return holdsMark(s, requestWords)
}

// requested returns what s asks after its last request marker, and
// whether it asks anything: a clause opened by a question word or
// "whether", or by a preposition and one ("by what means", "in which
// region"), or a thing named with "the", of three words or more.
func requested(s string) (string, bool) {
	rest, _, ok := requestedAt(s)
	return rest, ok
}

// requestedAt is requested, and also where in s the last request marker
// starts: s before it is what the message says before its request.
func requestedAt(s string) (rest string, at int, ok bool) {
	if !mayRequest(s) {
		return "", 0, false
	}
	locs := requestMarker.FindAllStringIndex(s, -1)
	if locs == nil {
		return "", 0, false
	}
	// The last marker that asks: a later one may only tell why the
	// asker asks ("..., because I'd like to get his name right").
	for i := len(locs) - 1; i >= 0; i-- {
		rest = strings.TrimSpace(s[locs[i][1]:])
		ws := strings.Fields(strings.ToLower(rest))
		if len(ws) < 3 {
			continue
		}
		first := strings.Trim(ws[0], ",:;")
		if asksWithin(first) || first == "the" || prepositions[first] && asksWithin(strings.Trim(ws[1], ",:;")) {
			return askersTailCut(rest), locs[i][0], true
		}
		if !askersOwnWant(s[:locs[i][0]]) {
			break // "what South Korea wants to do": the verb of the clause asked
		}
	}
	return "", 0, false
}

// askersTail opens what a request goes on to say of the asker after the
// clause it asks: why ("because I'd like ..."), what comes of it ("so I
// thought ...", "and I'll pass it along"), a plea ("please") or a doubt
// ("if that's mentioned at all"), or a sentence after it ("Thank you so
// much."), when no later sentence asks with a question mark. Those words
// name what the pack may know, and read with the clause they sink it.
var askersTail = regexp.MustCompile(`(?i)(?:,\s*(?:because|so|please|if|and i|and i'll|and we|that would)\b|\s(?:because|before|so that) (?:i|we)\b|[.!]\s)`)

// askersTailCut returns the clause a request asks without the asker's
// tail after it (see askersTail).
func askersTailCut(rest string) string {
	if loc := askersTail.FindStringIndex(rest); loc != nil && loc[0] > 0 {
		if strings.ContainsAny(rest[loc[0]:loc[1]], ".!") && strings.Contains(rest[loc[1]:], "?") {
			return rest // a later sentence asks: the message's question may stand there
		}
		if c := strings.TrimSpace(rest[:loc[0]+1]); len(strings.Fields(c)) >= 3 {
			return strings.TrimRight(c, ", ")
		}
	}
	return rest
}

// requestedQuestion returns the question a request asks (see requested)
// when it is one, opened by a question word or "whether" (or a
// preposition and one), not a thing named with "the": asked before the
// message is read whole, "the captured soldiers" after "sk wants" is what
// a yes/no question asks of, not a request, and is asked only last, of a
// sentence of a longer message (answerRequested).
func (a *analyzer) requestedQuestion(s string) (string, bool) {
	r, at, ok := requestedAt(s)
	if !ok || strings.HasPrefix(strings.ToLower(r), "the ") || a.requestPointsBack(s[:at], r) {
		return "", false
	}
	return r, true
}

// asksWithin reports whether a word opens a question asked within a
// request: a question word, or "whether".
func asksWithin(w string) bool {
	return isQuestionWord(w) || w == "whether"
}

// answerRequested answers the one request a message of several sentences
// reports (see requested), asked alone; false when no sentence, or more
// than one, reports a request, or when the request alone is not answered.
func (e *Engine) answerRequested(question string, tr *trace) (Answer, bool) {
	if !severalSentences(question) {
		return Answer{}, false
	}
	sents := splitMessage(question)
	asked, n, after := "", 0, false
	for i, s := range sents {
		if r, at, ok := requestedAt(s); ok && !habitual(s[:at]) {
			asked, n = r, n+1
			after = slices.ContainsFunc(sents[:i], func(p string) bool { return strings.HasSuffix(strings.TrimSpace(p), "?") })
		}
	}
	if n != 1 || len(asked) >= len(question) {
		return Answer{}, false
	}
	if after && answerBack(asked) {
		// "Which paragraph says how many were captured? I need the
		// number for my lesson plan.": the number is the one the
		// question before it asks, and no question of its own
		tr.note("not asked as the request: it wants the answer to the question before it, " + asked)
		return Answer{}, false
	}
	return e.askedAs(question, asked, "asked as the one request the message reports", tr)
}

// habitualWords tell of a habit, not of this message's request: "I
// always want to know the sourcing on claims" says what the asker
// cares for in general, and the question asked stands elsewhere.
var habitualWords = setOf("always", "usually", "often", "generally", "normally", "typically")

// habitual reports whether the clause that makes a sentence's request,
// before its request marker, tells of a habit (see habitualWords): "I
// always want ..." does, but "Cho often says things, I want to know what
// he proposed" does not, its habit standing in another clause.
func habitual(before string) bool {
	ws := strings.Fields(strings.ToLower(before))
	for i := len(ws) - 1; i >= 0; i-- {
		w := ws[i]
		if clauseLinks[w] {
			return false
		}
		if habitualWords[strings.TrimRight(w, ",;:")] {
			return true // ("Often, I want ...")
		}
		if strings.ContainsAny(w, ",;:") {
			return false // the clause before
		}
	}
	return false
}

// clauseLinks open a clause of their own: "he often says things and I
// want to know ..." asks.
var clauseLinks = setOf("and", "but", "so")

// askersOwnWant reports whether a request marker is the asker's own, its
// subject "I" or "we" just before it ("because I'd like to get his name
// right", "we want"): a want that tells why the asker asks, passed over
// for an earlier request that asks; another's ("South Korea wants to
// do") may be the verb of the clause asked.
func askersOwnWant(before string) bool {
	ws := strings.Fields(strings.ToLower(before))
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-2; i-- {
		switch strings.Trim(ws[i], ",;:") {
		case "i", "we", "i'd", "we'd", "i’d", "we’d":
			return true
		}
	}
	return false
}

// answerBack reports whether a request wants only the answer to a
// question asked before it: "the number", "the name", "that figure", a
// kind of answer pointed at and nothing more of its own after it but
// what it is for ("for my lesson plan").
func answerBack(asked string) bool {
	ws := sentenceWords(strings.ToLower(asked))
	if len(ws) < 2 || !pointers[ws[0]] || !wantedKinds[ws[1]] {
		return false
	}
	return len(ws) == 2 || ws[2] == "for" || ws[2] == "please" || ws[2] == "asap"
}

var (
	pointers    = setOf("the", "that", "this", "those", "these")
	wantedKinds = setOf("number", "numbers", "figure", "figures", "name", "names", "date", "dates", "answer", "answers", "count", "total", "paragraph", "info", "information", "details")
)
