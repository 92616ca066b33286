package knowledge

import (
	"slices"
)

// claimCountGuard: "Ukraine captured exactly two North Korean soldiers,
// true?" puts a count to check: an entry that gives no figure ("the
// report speaks of soldiers captured; it gives no number") neither bears
// the claim out nor corrects it, and its "Yes" would grant the count. A
// count in small words ("two", "three", "a dozen") is left as words by
// normalize.go, and the analyzer keeps no term of it, so the ranking
// finds the entry of the thing counted as if no count were said.
var claimCountGuard = guard{
	name:    "claim-count",
	example: "Is it true Ukraine captured only three North Korean soldiers?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if !ie.givesFigure && countClaimed(q.words) {
			return "entry gives no figure for the count the claim says"
		}
		return ""
	},
}

// countClaimed reports whether words count a thing in small number words
// ("two soldiers", "a dozen POWs", "exactly three"), not after a word that
// makes the number which ones, not how many ("the two countries", "both
// two", "the first three"), nor of a time ("two weeks ago", "three times").
func countClaimed(ws []string) bool {
	if slices.ContainsFunc(ws, isQuestionWord) {
		return false // "which two allies ...?" asks which, of a count the question gives
	}
	for i, w := range ws {
		n, ok := numberWords[w]
		if v, ok := atoi(w); ok {
			n, ok = numberWord{v, false}, true // "three" is read as "3"
		}
		switch {
		case w == "dozen" || w == "dozens":
		case !ok || n.scale || n.value < 2 || n.value > 19:
			continue
		case i > 0 && (pairDeterminers[ws[i-1]] || whichWords[ws[i-1]]):
			continue
		}
		if i+1 < len(ws) && (countedTimes[ws[i+1]] || articles[ws[i+1]]) {
			// ("according two the article" is "to"; articles, choice.go)
			continue
		}
		if i+1 < len(ws) || i > 0 && exactWords[ws[i-1]] {
			return true
		}
	}
	return false
}

// whichWords, before a number, say which of a group it is, not how many
// there are ("the first two", "all three", "of two").
var whichWords = setOf("first", "last", "other", "all", "of", "my", "our", "your", "their", "his", "her", "its", "these", "those", "top", "next", "past", "previous", "one", "or", "and", "to", "by", "at", "those")

// countedTimes, after a number, count a time or a repetition, not a thing
// the report could number.
var countedTimes = setOf("day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "hour", "hours", "minute", "minutes", "times", "time", "or", "things", "points", "questions", "sides", "countries", "ways", "of", "more", "sources", "words", "paragraphs", "sentences", "people")
