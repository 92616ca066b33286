package knowledge

import "slices"

// An overview entry ("What is the report about?") answers a question of
// the report as a whole, and one of a thing its quotes speak of ("what's
// this about SK taking NK POWs"); its answer may touch on more ("The
// report also covers ... their losses"), but "How does the article
// describe NK's losses?" asks how the report tells of the losses, which
// the overview's quotes do not: another entry, or none, answers it.

// overviewFacts are what overviewGuard reads of an entry.
type overviewFacts struct {
	// overview says its own question names nothing but the report and
	// what is asked: see overviewGuard.
	overview bool
	// cited are the terms of its quotes.
	cited map[string]bool
}

// learnOverview learns whether the entry is an overview, from its
// question, and the terms its quotes speak of.
func (f *overviewFacts) learnOverview(an analysis, k textKind) {
	switch k {
	case questionText:
		f.overview = len(an.terms) > 0 && !slices.ContainsFunc(an.terms, overviewContent)
	case quoteText:
		if f.cited == nil {
			f.cited = map[string]bool{}
		}
		for _, t := range an.terms {
			f.cited[t.text] = true
		}
	}
}

// overviewContent reports whether t names a thing the report tells of,
// not the report itself nor what is asked of it.
func overviewContent(t term) bool {
	return t.kind != KindQuestion && t.kind != KindFrame && t.kind != KindAct && t.kind != KindFiller && !writingWords[t.text]
}

// overviewGuard: "What does the article make of NK's losses?" is not
// answered by the overview of the report, whose answer names the losses
// only in passing: an overview answers of a thing only if its quotes
// speak of it (see overviewFacts).
var overviewGuard = guard{
	name:    "overview",
	example: "What does the article make of North Korea's losses?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if !ie.overview {
			return ""
		}
		for _, t := range q.terms {
			if overviewContent(t) && !ie.cited[t.text] {
				return "an overview, whose quotes do not speak of " + t.text
			}
		}
		return ""
	},
}
