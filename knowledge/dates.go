package knowledge

import (
	"slices"
	"strconv"
	"strings"
)

// A grain is how finely a date is told: a decade ("the 1950s"), a year
// ("last year", "2024"), a month ("January 2025", "early February"), a
// day. A question asking for a month is not answered by a year.
type grain uint8

const (
	noDate grain = iota
	decadeGrain
	yearGrain
	monthGrain
	dayGrain
)

func (g grain) String() string {
	return [...]string{"", "decade", "year", "month", "day"}[g]
}

// askedGrain returns how finely a question asks for a date: "what month",
// "which year", "on what day", "the exact date"; noDate for a question
// that asks for none, or does not say how finely ("when").
func askedGrain(ws []string) grain {
	for i := 0; i+1 < len(ws); i++ {
		if !dateAskFilter.may(ws[i]) || !dateAsks[ws[i]] {
			continue
		}
		switch ws[i+1] {
		case "decade":
			return decadeGrain
		case "year", "yr":
			return yearGrain
		case "month":
			return monthGrain
		case "day":
			return dayGrain
		case "date":
			// "what date" asks when as often as it asks for a day;
			// "the exact date" asks for the day.
			if exactWords[ws[i]] {
				return dayGrain
			}
		}
	}
	return noDate
}

// dateAsks are the words before "month", "year" ... that ask for one.
var dateAsks = setOf("what", "which", "whatt", "exact", "precise", "specific")

// asksExactCount reports whether a question asks for a count and for it
// to be exact: "exactly how many?", "how many troops, exact number?"; not
// one that offers a rough figure as the other choice ("an exact figure,
// or only a rough one?"), which asks which of the two the report gives.
func asksExactCount(ws []string, ts []term) bool {
	return slices.ContainsFunc(ts, func(t term) bool { return t.text == howMany }) &&
		slices.ContainsFunc(ws, func(w string) bool { return exactWords[w] }) && !roughOffered(ws)
}

// roughOffered reports whether a rough figure is offered as a choice:
// a word of roughness within a few words after "or".
func roughOffered(ws []string) bool {
	for i, w := range ws {
		if w == "or" && slices.ContainsFunc(ws[i+1:min(len(ws), i+5)], func(r string) bool { return roughWords[r] }) {
			return true
		}
	}
	return false
}

// roughWords say a figure is not exact.
var roughWords = setOf("rough", "roughly", "approximate", "approximately", "approximation", "estimate", "estimated",
	"vague", "ballpark", "round", "rounded", "loose")

// exactWords ask for a thing as it is, not about it.
var exactWords = setOf("exact", "exactly", "precise", "precisely", "specific")

// givesFigure reports whether the terms give a count in figures ("over
// 3,000", "about 4,000"), not only in words ("thousands").
func givesFigure(ts []term) bool {
	return slices.ContainsFunc(ts, func(t term) bool { return isNumber(t.text) && !isDate(t) })
}

// finestDate returns the finest date the words give.
func finestDate(ws []string) grain {
	g := noDate
	for i, w := range ws {
		switch {
		case months[w]:
			g = max(g, monthGrain)
		case len(w) == 5 && w[4] == 's' && isNumber(w[:4]):
			g = max(g, decadeGrain) // "1950s"
		case len(w) == 4 && isNumber(w) && (w[:2] == "19" || w[:2] == "20"):
			g = max(g, yearGrain)
		case w == "year" && i > 0 && (ws[i-1] == "last" || ws[i-1] == "this" || ws[i-1] == "next"):
			g = max(g, yearGrain)
		}
	}
	return g
}

// months are the months' names and their short forms ("may" is left out:
// as often a modal).
// datesIn reads the months a date names, each as month*10 + its part
// (0 early, 1 mid or unsaid, 2 late: "early February" is 20), and its
// year, the latest named; joined is whether it joins two dates ("January
// and early February 2025", "January to March"). asOfKey and latestAsOf
// order dates by it.
func datesIn(s string) (year int, months []int, joined bool) {
	part := 1
	for _, w := range strings.Fields(strings.ToLower(s)) {
		w = strings.Trim(w, ",.")
		switch {
		case w == "and" || w == "to":
			joined = true
		case w == "early":
			part = 0
		case w == "mid" || w == "middle":
			part = 1
		case w == "late":
			part = 2
		case isYear(w):
			n, _ := strconv.Atoi(w)
			year = max(year, n)
		}
		if m := slices.Index(monthOrder, w); m >= 0 {
			months = append(months, (m+1)*10+part)
			part = 1
		}
	}
	return year, months, joined
}

// monthOf is the month (1 for January) of a datesIn key, month*10 + part.
func monthOf(key int) int { return key / 10 }

// monthOrder names the months in their order (see asOfKey).
var monthOrder = []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}

var months = setOf("january", "february", "march", "april", "june", "july", "august", "september",
	"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

// isDate reports whether a term names a date ("january", "last_year",
// "1950s"), as a pack's key words for dates do.
func isDate(t term) bool {
	// (its words cut into an array on the stack: the guards ask it of
	// every term, and a split allocated each time)
	var buf [8]string
	ws := buf[:0]
	for w := range strings.SplitSeq(t.text, "_") {
		ws = append(ws, w)
	}
	return finestDate(ws) != noDate
}
