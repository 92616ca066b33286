package knowledge

import "strings"

// Furry roleplayers write "owo speak": r and l turned to w ("is the kursk
// area contwolled by ukraine?", "does south korea still suppowt ukraine?",
// "whewe is this news from?", "Nowth Korea"). A w inside a word, where
// English seldom puts one, is one edit from the word meant, but a changed
// consonant is no safe typo in a short word ("tanks" is not "talks"), so
// the typo index passes it by. A word the pack does not know is read as
// the one word the pack knows that turning its inner w's back to r or l
// gives; a w that opens the word ("whewe") is kept, as English writes it
// there.

// owoSpoken returns the word w is with its inner w's read as r or l,
// when exactly one such word is one the pack knows.
func (a *analyzer) owoSpoken(w string) (string, bool) {
	if len(w) < 2 || strings.IndexByte(w[1:], 'w') < 0 {
		return "", false // cheap: most words have no inner w
	}
	var at []int
	for j := 1; j < len(w); j++ {
		if w[j] == 'w' {
			at = append(at, j)
		}
	}
	if len(at) > 3 {
		return "", false // no word is that; spare the combinations
	}
	n := 1
	for range at {
		n *= 3
	}
	found := ""
	b := []byte(w)
	for m := 1; m < n; m++ { // m = 0 is w as written
		for k, d := 0, m; k < len(at); k, d = k+1, d/3 {
			b[at[k]] = owoLetters[d%3]
		}
		cand := string(b)
		if !a.isKnown(cand) {
			continue
		}
		if found != "" && found != cand {
			return "", false // two readings: no guess
		}
		found = cand
	}
	return found, found != ""
}

// owoLetters are what an inner w of owo speak may stand for.
var owoLetters = [3]byte{'w', 'r', 'l'}
