package knowledge

import (
	"slices"
	"strings"
)

// dateDropped reports whether the reading at drops a time the question
// an asks of ("how many dead, like right now in March?", "how many were
// killed in 2026?"): asked without it, the report's figures of January
// and February would answer for a month or a year they do not tell of.
// A time is a year, or a month after a word that dates ("in", "by",
// "since", "as of") or before a year, so that "did they march on Kursk?"
// keeps no month. Only a time the pack has no word for and the report
// does not name is kept so: one it tells of (January, 2025) its readings
// may fold into its key.
func dateDropped(an, at analysis, told func(string) bool) (string, bool) {
	if slices.ContainsFunc(at.terms, func(u term) bool { return isDate(u) || askedTime(at.words, u) }) {
		// a date kept, as the pack reads it ("january 2025" as january)
		return "", false
	}
	for _, t := range an.terms {
		if t.kind != "" || !askedTime(an.words, t) || told(t.text) {
			continue
		}
		if !slices.ContainsFunc(at.terms, func(u term) bool { return u.text == t.text }) {
			return t.text, true
		}
	}
	return "", false
}

// askedTime reports whether t, a term of the words ws, names a year or a
// month asked of.
func askedTime(ws []string, t term) bool {
	if t.end-t.pos != 1 || t.pos >= len(ws) {
		return false
	}
	w := ws[t.pos]
	if isYear(w) {
		return true
	}
	if !months[w] {
		return false
	}
	return t.pos > 0 && timeLeads[ws[t.pos-1]] || t.end < len(ws) && isYear(ws[t.end])
}

// timeLeads date the month after them.
var timeLeads = setOf("in", "by", "of", "since", "until", "till", "before", "after", "during", "from", "through", "early", "mid", "late", "end", "start")

// timeLost reports whether asked, a reading of question, leaves out a
// time the question asks of that the pack does not know ("how many dead,
// like right now in March?" asked as "how many dead"): see dateDropped.
func (e *Engine) timeLost(question, asked string) (string, bool) {
	an := e.an.analyze(strings.ToLower(question), false)
	at := e.an.analyze(strings.ToLower(asked), false)
	return dateDropped(an, at, e.tellsOf)
}

// tellsOf reports whether a word stands in the report's own text: the
// words its paragraphs print, read once when the engine is built, so a
// question's time costs a lookup, not a reading of every paragraph. (The
// paragraphs are read as written, "US" as the United States, and a year
// or a month, all dateDropped asks of, reads the same in either case.)
func (e *Engine) tellsOf(w string) bool {
	return e.printed[w]
}
