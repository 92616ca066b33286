package knowledge

import (
	"slices"
	"strings"
)

// A fragment that asks another measure of the last question ("and
// injured?" after "how many nk soldiers died in kursk") keeps the last
// question's place, which was said of its measure: the report may give
// the new measure without that place ("over 3,000 killed or injured",
// nowhere said to be in Kursk), and asked with it the question is
// declined. When the merged question is not answered, it is asked again
// without the places the fragment did not say. Its dates stay: a measure
// asked "by early February" that the report gives only for January is not
// given (the sets label "and the wounded?" after "died by early feb"
// unanswerable). A bare "where" after a toll ("where was all this
// happening?" after January's) is asked likewise without the last
// question's date: where the losses were, which the report gives with
// another date's figure, not where they were counted by that date.

// measureAlone answers the merged question ws without the places the
// fragment (fws, read as f) did not say, when f asks only another
// measure (no date, no name, no question word of its own), or without its
// dates, when f asks only where. ok is false when f is neither, ws has
// nothing to drop, or it is still not answered.
func (e *Engine) measureAlone(c Conversation, ws, fws []string, f analysis, tr *trace) (Answer, Conversation, bool) {
	p := fragment{rest: fws, an: f}.byKind()
	if len(p.dates)+len(p.names) > 0 {
		return Answer{}, c, false
	}
	var out []string
	var ok bool
	switch {
	case len(p.measures) > 0 && len(p.asks) == 0:
		out, ok = withoutPlaces(ws, e.an.analyzeWords(ws, true))
	case len(p.measures) == 0 && len(p.asks) == 1 && p.asks[0].text == "where":
		// "where was all this happening?" after January's toll: where,
		// of what was counted, not of the date it was counted by
		out, ok = withoutDates(ws, e.an.analyzeWords(ws, true))
	}
	if !ok {
		return Answer{}, c, false
	}
	tr.note("a fragment of another measure or of where, without the last question's place or date: " + strings.Join(out, " "))
	a, next := e.answerWords(c, out, tr)
	return a, next, a.Answered
}

// withoutDates drops from ws, read as an, its dates with the words that
// lead into them ("by early feb"). ok is false when it has none.
func withoutDates(ws []string, an analysis) ([]string, bool) {
	return without(ws, an, func(t term) bool { return t.kind == KindKey && dateKey(t.text) })
}

// withoutPlaces drops from ws, read as an, the places it names with the
// words that lead into them ("in kursk"). ok is false when it names none.
func withoutPlaces(ws []string, an analysis) ([]string, bool) {
	return without(ws, an, func(t term) bool { return t.kind == KindEntity && t.place })
}

// without drops from ws, read as an, the terms drop picks with the words
// that lead into them. ok is false when it picks none.
func without(ws []string, an analysis, pick func(term) bool) ([]string, bool) {
	drop := make([]bool, len(ws))
	found := false
	for _, t := range an.terms {
		if !pick(t) {
			continue
		}
		from := t.pos
		for from > 0 && datePreps[ws[from-1]] {
			from-- // "in", "at", "the"
		}
		for i := from; i < t.end && i < len(ws); i++ {
			drop[i] = true
		}
		found = true
	}
	if !found {
		return nil, false
	}
	var out []string
	for i, w := range ws {
		if !drop[i] {
			out = append(out, w)
		}
	}
	return out, len(out) > 0 && !slices.Equal(out, ws)
}
