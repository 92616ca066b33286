package knowledge

import "slices"

// laterAsked reads a fragment that asks for the figure of a later or an
// earlier date than the last answer's, and names nothing else: "and a few
// weeks later?", "and after that?", "what about before that?". It
// returns 1 for later, -1 for earlier, 0 for any other question.
func laterAsked(ws []string) int {
	for len(ws) > 0 && movesOn[ws[0]] {
		ws = ws[1:]
	}
	if len(ws) >= 2 && (ws[0] == "what" || ws[0] == "how") && ws[1] == "about" {
		ws = ws[2:]
	}
	dir := 0
	for i, w := range ws {
		next := ""
		if i+1 < len(ws) {
			next = ws[i+1]
		}
		switch {
		case w == "later" || w == "afterwards" || w == "afterward" || w == "after" && next == "that":
			dir = 1
		case w == "earlier" || (w == "before" || w == previouslyWord) && next == "that":
			dir = -1
		case w == "that" && i > 0 && (ws[i-1] == "after" || ws[i-1] == "before" || ws[i-1] == previouslyWord):
		case updatedFrame[w]:
			// "do those numbers get updated later?"
		case slices.Contains(monthOrder, w) || leadsDate(ws[i:]):
			// "..., like by february?": a date, read by datesIn in
			// laterFigure, where it must be the later figure's month
		case !laterFrame[w]:
			return 0
		}
	}
	return dir
}

// laterFrame are the words around "later" in such a fragment: "a few
// weeks later", "a couple of months after that", "the number then".
var laterFrame = setOf("a", "few", "couple", "of", "some", "weeks", "week", "days", "day", "months", "month", "bit",
	"little", "then", "the", "figure", "number", "toll", "count", "one", "how", "many", "was", "it", "is")

// updatedFrame are the words of asking whether the figure was updated
// (revised) later: "do those numbers get updated later?". A date after it
// is no word of the frame but the date's (dateLead).
var updatedFrame = setOf("do", "does", "did", "those", "these", "numbers", "figures", "get", "gets", "got", "updated", "update", "revised")

// dateLead are the words that lead a month named as a date ("like by
// february", "in march"): they are the date's, not the question's.
var dateLead = setOf("like", "by", "in")

// leadsDate reports whether ws opens with dateLead words and then a month.
func leadsDate(ws []string) bool {
	i := 0
	for i < len(ws) && dateLead[ws[i]] {
		i++
	}
	return i > 0 && i < len(ws) && slices.Contains(monthOrder, ws[i])
}

// asOfKey orders an entry's as_of date ("January 2025", "early February
// 2025"): year, month, and early, mid or late; ok is false for none, or
// for two dates ("January and early February 2025").
func asOfKey(asOf string) (int, bool) {
	year, months, joined := datesIn(asOf)
	if joined || year == 0 || len(months) != 1 {
		return 0, false
	}
	return year*1000 + months[0], true
}

// laterFigure answers "and a few weeks later?" after an answer of one date
// with the entry of its topic whose date is the next later (or earlier)
// one, if the pack has one; if it has none, the report gives nothing of
// that time. ok is false for any other question, or after an answer of
// no one date.
func (e *Engine) laterFigure(c Conversation, q string, ws []string, tr *trace) (Answer, Conversation, bool) {
	if c.entry == 0 || c.declined {
		return Answer{}, Conversation{}, false
	}
	dir := laterAsked(ws)
	if dir == 0 {
		return Answer{}, Conversation{}, false
	}
	last := e.pack.Entries[c.entry-1]
	at, ok := e.facts[c.entry-1].asOf, e.facts[c.entry-1].asOfOK
	if !ok {
		return Answer{}, Conversation{}, false
	}
	best, bestKey := -1, 0
	for i, en := range e.pack.Entries {
		k, ok := e.facts[i].asOf, e.facts[i].asOfOK
		if !ok || en.Topic != last.Topic || (k-at)*dir <= 0 {
			continue
		}
		if best < 0 || (k-bestKey)*dir < 0 {
			best, bestKey = i, k
		}
	}
	if _, named, _ := datesIn(joinWords(ws)); len(named) > 0 && best >= 0 {
		// "later, like by february?": of that month, or not this reading
		_, got, _ := datesIn(e.pack.Entries[best].AsOf)
		// (the month only: "by february" names no part of it, and
		// the figure's "early February" is of February)
		if len(got) != 1 || monthOf(got[0]) != monthOf(named[len(named)-1]) {
			return Answer{}, Conversation{}, false
		}
	}
	if best < 0 {
		tr.note("asks of a time after (or before) the last answer's, and the report gives none")
		return e.notOfIt(q), c, true
	}
	tr.chose(e.pack.Entries[best].ID, "the figure of the next date on the last answer's topic")
	a := e.givenAnswer(q, best)
	return a, e.remember(c, sentenceWords(e.pack.Entries[best].Question), a), true
}
