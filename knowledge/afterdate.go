package knowledge

import (
	"slices"
	"strconv"
	"strings"
)

// afterGuard: "What is the fatality figure for the period after February
// 2025?" asks of a time after a date; an entry whose figures hold as of
// that date or an earlier one ("early February 2025") tells nothing of
// it, though its words and date match the question's well.
var afterGuard = guard{
	name:       "after-date",
	relational: true,
	example:    "What is the fatality figure for the period after February 2025?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if q.after == 0 || ie.asOfKey == 0 {
			return ""
		}
		after := q.after
		if after < 1000 {
			// no year asked: the entry's own year
			after += ie.asOfKey / 1000 * 1000
		}
		// asOfKey ends in the part of the month (0 early, 1 mid, 2
		// late); a month asked alone is after its whole: compare months
		if after/10 >= ie.asOfKey/10 {
			return "entry's figures hold as of an earlier date than the time asked after"
		}
		return ""
	},
}

// askedAfter reads "after [early|mid|late] MONTH [YEAR]" in a question and
// returns its date ordered as asOfKey orders (year*1000 + month*10 +
// part), without the year if none is asked; 0 if there is none. "after
// that" is a follow-up's, read by laterAsked.
func askedAfter(ws []string) int {
	for i, w := range ws {
		if w != "after" {
			continue
		}
		j, part := i+1, 1
		if j < len(ws) && (ws[j] == "early" || ws[j] == "mid" || ws[j] == "late") {
			part = slices.Index([]string{"early", "mid", "late"}, ws[j])
			j++
		}
		if j >= len(ws) || !months[ws[j]] {
			continue
		}
		m := slices.IndexFunc(monthOrder, func(full string) bool { return strings.HasPrefix(full, ws[j]) })
		if m < 0 {
			continue
		}
		key := (m+1)*10 + part
		if j+1 < len(ws) && isYear(ws[j+1]) {
			key += atoiYear(ws[j+1]) * 1000
		}
		return key
	}
	return 0
}

// atoiYear is a year's number ("2025"), which isYear has checked (as
// asOfKey reads it).
func atoiYear(w string) int {
	n, _ := strconv.Atoi(w)
	return n
}

// latestAsOf orders the latest date an entry's as_of names, ordered as
// asOfKey orders: "January and early February 2025" holds as late as
// early February 2025. 0 without a year or a month.
func latestAsOf(asOf string) int {
	year, months, _ := datesIn(asOf)
	if year == 0 || len(months) == 0 {
		return 0
	}
	return year*1000 + slices.Max(months)
}
