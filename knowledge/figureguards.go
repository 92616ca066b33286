package knowledge

import (
	"slices"
	"strings"
)

// The guards of figures: a question that asks how many or how much asks
// of something counted or measured, of someone, at a date or between two;
// the entry's figure must be of that, and one sentence it cites must give
// it. A neighbouring figure is the likeliest wrong answer.

// countedGuard: "What casualty figure was reported for Russian forces?" is
// not answered by how many troops North Korea sent to bolster them: what a
// question counts, the entry must count (see counted).
var countedGuard = guard{
	name:       "counted",
	relational: true,
	example:    "What casualty figure was reported for Russian forces?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if q.counted != "" && !ie.names(q.counted) {
			return "entry counts no " + q.counted
		}
		return ""
	},
}

// peopleGuard: "How many Ukrainians died in Kursk?" counts Ukrainians: an
// entry that counts North Korean soldiers, and names Ukraine as their
// reporter, is no answer. The entry must write the people's name before a
// word ("Ukrainian soldiers", see entryFacts.whose).
var peopleGuard = guard{
	name:       "people",
	relational: true,
	example:    "How many Ukrainians died in Kursk?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		for _, p := range q.people {
			if !ie.qualifies(p) {
				return "entry counts no " + p + " people"
			}
		}
		return ""
	},
}

// qualifies reports whether the entry writes the entity before a word
// that is no verb and no date ("North Korean soldiers", not "Ukraine
// says").
func (ie *indexedEntry) qualifies(entity string) bool {
	return ie.peoples[entity]
}

// oneSentenceGuard: a question with two key words or numbers asks for a
// fact that has both, which one sentence the entry cites must give: "How
// many were injured in February?" is not answered by a toll of killed or
// injured as of January and one of deaths by February. A number of the
// date the entry's facts hold for ("early February 2025") is the fact's,
// whether its sentence writes it or not. A question that compares two
// facts (see sides) asks for both, not for one that has both.
var oneSentenceGuard = guard{
	name:       "one-sentence",
	relational: true,
	example:    "How many North Korean soldiers were wounded in February?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if q.compares {
			return "" // two facts side by side, not one that has both
		}
		given := func(k string) bool { return slices.Contains(ie.asOf, k) || ie.tells(q, k) }
		n := 0
		for _, k := range q.keys {
			if !given(k) {
				n++
			}
		}
		if n < 2 || slices.ContainsFunc(ie.citedKeys, func(cited []string) bool {
			return !slices.ContainsFunc(q.keys, func(k string) bool { return !given(k) && !slices.Contains(cited, k) })
		}) {
			return ""
		}
		keys := slices.DeleteFunc(slices.Clone(q.keys), given)
		return "no one sentence it cites has " + strings.Join(keys, " with ")
	},
}

// learnCitedKeys learns the key words and numbers of a quote: the measures
// and dates the report gives together.
func (f *entryFacts) learnCitedKeys(quote analysis) {
	f.citedKeys = append(f.citedKeys, keyTerms(quote.terms))
}

// asOfNumbers are the numbers of the date an entry's facts hold for ("early
// February 2025"): a year the quote leaves out is still the fact's.
func asOfNumbers(asOf string) []string {
	var out []string
	for _, w := range splitWords(asOf) {
		if isNumber(w) {
			out = append(out, w)
		}
	}
	return out
}

// apartGuard: "Of the 3,000, how many were killed and how many injured?"
// is not answered by a toll of soldiers killed or injured: a count asked
// of one of the measures an entry gives one figure for, set apart from the
// others (see query.apart), is a figure the report does not give.
var apartGuard = guard{
	name:       "apart",
	relational: true,
	example:    "Of the 3,000, how many were killed and how many injured?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if !q.apart || c.entry+1 == q.pair && figuresApart(q.analysis, ie) {
			return ""
		}
		for _, keys := range ie.together {
			if asked := slices.DeleteFunc(slices.Clone(keys), func(k string) bool { return !slices.Contains(q.keys, k) }); len(asked) > 0 {
				return "entry gives one figure for " + strings.Join(keys, " or ") + ", not " + strings.Join(asked, " and ") + " apart"
			}
		}
		return ""
	},
}

// figuresApart reports whether what an sets apart is two figures, by
// their dates or numbers ("dead by feb vs dead/wounded by jan"), in a
// question of one "how many": the figures, each with its own measure,
// which the pair's entry ie gives, each measure in the sentence of its
// figure ("killed in jan vs injured in feb" asks an injured count in
// February, which the report does not give), not one figure's measures
// apart.
func figuresApart(an analysis, ie *indexedEntry) bool {
	if howManys(an.words) > 1 {
		return false
	}
	for c, w := range an.words {
		if !comparing[w] {
			continue
		}
		// the nearest figure either side of "vs" (a measure between
		// them is the figure's own: "dead by feb vs dead/wounded by jan")
		var l, r term
		for _, t := range an.terms {
			if figureKind(t) == "" {
				continue
			}
			if t.end <= c {
				l = t
			} else if r.text == "" {
				r = t
			}
		}
		if l.text != "" && r.text != "" && l.text != r.text && figureKind(l) == figureKind(r) &&
			measuredWith(an.terms, 0, c, l.text, ie) && measuredWith(an.terms, c, len(an.words), r.text, ie) {
			return true
		}
	}
	return false
}

// measuredWith reports whether the key words among ts from word from to
// word to are all in the one sentence ie cites with the figure fig.
func measuredWith(ts []term, from, to int, fig string, ie *indexedEntry) bool {
	k := slices.IndexFunc(ie.citedKeys, func(ks []string) bool { return slices.Contains(ks, fig) })
	if k < 0 {
		return false
	}
	for _, t := range ts {
		if t.pos >= from && t.end <= to && t.kind == KindKey && figureKind(t) == "" && !slices.Contains(ie.citedKeys[k], t.text) {
			return false
		}
	}
	return true
}

// splitsTogether reports whether an, a question asked in parts, counts
// apart (see countsApart) the measures entry i gives one figure for,
// answering part with it: its part asks one of them, another part
// another. "How many of the January casualties were deaths and how many
// were injuries?" is not answered by the January toll of killed or
// injured for the deaths; "how many were killed/injured by January and
// how many died by February?" asks the toll as it is given.
func (e *Engine) splitsTogether(an, part analysis, i int) bool {
	if !countsApart(an.words) {
		return false
	}
	whole, own := keyTerms(an.terms), keyTerms(part.terms)
	for _, group := range e.entries[i].together {
		in, out := false, false
		for _, k := range group {
			in = in || slices.Contains(own, k)
			out = out || slices.Contains(whole, k) && !slices.Contains(own, k)
		}
		if in && out {
			return true
		}
	}
	return false
}

// learnTogether learns the key words the answer joins as alternatives:
// one figure for all of them.
func (f *entryFacts) learnTogether(answer analysis) {
	seen := map[int]bool{}
	for _, t := range answer.terms {
		if t.kind != KindKey || t.either == 0 || seen[t.either] {
			continue
		}
		seen[t.either] = true
		var keys []string
		for _, o := range answer.terms {
			if o.either == t.either && o.kind == KindKey {
				keys = append(keys, o.text)
			}
		}
		if len(keys) > 1 {
			f.together = append(f.together, keys)
		}
	}
}

// measureGuard: "How many North Korean troops are in Kursk?" is not
// answered by how many died there: an entry that counts a measure of
// something (its own question counts the killed, the injured, the
// captured) answers a count only where the question names a measure the
// entry speaks of ("How many died?", "the casualties"), not where it
// counts the people themselves.
var measureGuard = guard{
	name:    "measure",
	example: "How many North Korean troops are in Kursk?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if !ie.countsMeasure || !asksHowMany(q.words) && !countsGroup(q.terms) {
			return ""
		}
		if c.entry+1 == q.pair && !countsGroup(q.terms) {
			// "how much higher is the feb figure than the jan one?"
			// counts the two figures the pair gives, each with its
			// own measure, and no group of people
			return ""
		}
		named := false
		for i, t := range q.terms {
			// (not what the group counted is doing: groupdoing.go)
			if measures(t) && ie.names(t.text) && !doingOfGroup(q.words, q.terms, i) {
				named = true
				break
			}
		}
		if !named {
			return "entry counts a measure the question does not name"
		}
		return ""
	},
}

// countsGroup reports whether terms ask a number of people by other words
// than "how many" ("nk troops in kursk exact number"): a word asking a
// number, and a group of people (a role) it counts.
func countsGroup(ts []term) bool {
	return slices.ContainsFunc(ts, func(t term) bool { return t.kind == KindQuestion && t.text == howMany }) &&
		slices.ContainsFunc(ts, func(t term) bool { return t.kind == KindRole })
}

// measures reports whether a term may say what of a thing is counted: not
// a name, a role, a kind of question or a date.
func measures(t term) bool {
	switch t.kind {
	case KindEntity, KindRole, KindQuestion, KindFiller, KindFrame:
		return false
	}
	// (nor "versus", which sets two counts side by side and counts
	// nothing; nor a word of how sure a figure is, "an estimate", "a
	// hard count", which a figure of any measure may be: figuresure.go)
	return !isNumber(t.text) && !isDate(t) && t.text != compareTerm && !sureOfFigure[t.text]
}

// wholeGuard: "How big is North Korea's army?" is not answered by how many
// troops it sent: a count of a country's forces as a whole (see
// wholeCount) is answered only by an entry that counts the whole.
var wholeGuard = guard{
	name:       "whole",
	relational: true,
	example:    "How big is North Korea's army overall?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if q.whole && !ie.countsWhole {
			return "entry counts part of a force, not the whole"
		}
		return ""
	},
}

// grainGuard: "In what month did North Korea send its troops?" is not
// answered by "last year": a date asked to the month (or day) must be
// given to the month (or day); one asked to the year is answered by a
// month of that year too.
var grainGuard = guard{
	name:       "grain",
	relational: true,
	example:    "In what month did North Korea send its troops to Russia?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if q.grain > ie.finest {
			return "entry gives no date to the " + q.grain.String()
		}
		return ""
	},
}

// exactGuard: "How many troops did North Korea send, exactly?" is not
// answered by "thousands": a count asked exact is answered only by an
// entry that gives a figure ("about 4,000" is the report's figure, and
// says how exact it is).
var exactGuard = guard{
	name:       "exact",
	relational: true,
	example:    "Exactly how many troops has North Korea sent?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if q.exact && !ie.givesFigure {
			return "entry gives no figure"
		}
		return ""
	},
}

// intervalGuard: "How many North Korean soldiers died between January and
// February?" is not answered by the toll at either date: a count of what
// happened between two dates is the difference of two figures of one kind,
// which the report never gives (January's counts the killed or injured,
// February's the dead), so no entry answers it.
var intervalGuard = guard{
	name:       "interval",
	relational: true,
	example:    "How many North Korean soldiers died between January and February?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if q.interval {
			return "entry gives a figure at one date, not what happened between two"
		}
		return ""
	},
}

// countsBetween reports whether a question counts what happened between
// two dates: "how many" with two dates after "between ... and" or "from
// ... to", the first maybe a figure of its date ("between the January
// report and early February").
func countsBetween(ws []string, ts []term) bool {
	if !slices.ContainsFunc(ts, func(t term) bool { return t.text == howMany }) || changeAsked(ws) {
		return false
	}
	var dates []term
	for _, t := range ts {
		if isDate(t) || dateKey(t.text) {
			dates = append(dates, t)
		}
	}
	for i := 0; i+1 < len(dates); i++ {
		a, b := dates[i], dates[i+1]
		if a.text == b.text {
			continue
		}
		opens, from := before(ws, a.pos), a.end
		if a.pos > 0 && ws[a.pos-1] == "the" && from < b.pos && (countNouns[ws[from]] || ws[from] == "report" || ws[from] == "reports") {
			// "between the January report and early February": the
			// date names its figure, the figure's noun after it
			from++
		}
		joins := strings.Join(ws[from:b.pos], " ")
		if opens == "between" && (joins == "and" || joins == "and early" || joins == "and the start of") ||
			opens == "from" && (joins == "to" || joins == "until" || joins == "till" || joins == "and") {
			return true
		}
	}
	return false
}

// changeAsked reports whether a question asks how a figure changed ("did
// the number go up between January and February?", "how did the numbers
// change from January to February?"): it sets the figures at the two dates
// side by side, which the entry giving both answers, and counts nothing
// that happened between them.
func changeAsked(ws []string) bool {
	for i, w := range ws {
		if changeWords[w] || w == "up" && i > 0 && goForms[ws[i-1]] {
			return true
		}
	}
	return false
}
