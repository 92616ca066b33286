package knowledge

import "slices"

// partOfGuard: "How many of 4000 dead are officers?" asks a part of a
// figure it gives; an entry whose answer gives that figure tells the whole
// of it, not the part, though it matches the question's words and number.
var partOfGuard = guard{
	name:       "part-of",
	relational: true,
	example:    "How many of the 4000 dead are officers?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if q.partOf != "" && slices.Contains(ie.answerNumbers, q.partOf) {
			return "entry gives the whole figure " + q.partOf + ", not the part asked of it"
		}
		return ""
	},
}

// askedPartOf returns the figure a question asks a part of: the number
// after "how many of [the|those|these]"; "" for none.
func askedPartOf(ws []string) string {
	for i := 0; i+3 < len(ws); i++ {
		if ws[i] != "how" || ws[i+1] != "many" || ws[i+2] != "of" {
			continue
		}
		j := i + 3
		if ws[j] == "the" || ws[j] == "those" || ws[j] == "these" {
			j++
		}
		if j < len(ws) && isNumber(ws[j]) {
			return ws[j]
		}
	}
	return ""
}

// numbersOf are the numbers among words ("4,000" read as "4000").
func numbersOf(ws []string) []string {
	var out []string
	for _, w := range ws {
		if isNumber(w) {
			out = append(out, w)
		}
	}
	return out
}
