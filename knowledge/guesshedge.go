package knowledge

import "strings"

// A question opened by an auxiliary asks whether its detail is so, and a
// date the report does not give is declined ("Is this North Korea's
// first war since the 1980s?", see factanchor.go). But a date hedged by
// "like" right before it ("is it North Korea's first war since like...
// the 1990s?") is the asker's guess, put forth to be checked as "...,
// right?" puts one: the date is corrected as a claim's is.

// hedgedGuess reports whether words hold "since like" right before a
// decade, or before "the" and a decade, as a guess's hedge ("since like
// the 1990s"): a "like" elsewhere is a likeness or a filler, and a year
// named alone is no guess.
func hedgedGuess(ws []string) bool {
	for i, w := range ws {
		if w != "like" || i == 0 || ws[i-1] != "since" {
			continue
		}
		j := i + 1
		if j < len(ws) && ws[j] == "the" {
			j++
		}
		if j < len(ws) && finestDate(ws[j:j+1]) != noDate && strings.HasSuffix(ws[j], "s") {
			return true
		}
	}
	return false
}
