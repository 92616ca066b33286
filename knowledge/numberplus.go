package knowledge

import "strings"

// numberPlus reads a number written with "-plus" after it ("3,000-plus",
// which splitWords joins to "3000plus"; "3k-plus") as the number: "more than", as
// "over 3,000" is, which no entry's figure is told apart by.
func numberPlus(w string) (int, bool) {
	if len(w) < 5 || w[len(w)-1] != 's' {
		return 0, false
	}
	digits, ok := strings.CutSuffix(w, "plus")
	if !ok || digits == "" {
		return 0, false
	}
	if k, ok := thousands(digits); ok { // "3k-plus"
		return k, true
	}
	return times(digits, 1)
}
