package knowledge

import "slices"

// A question may put "must" first and the one whose wish it is between it
// and the wish ("but must the soldier want one or not?", "must they want
// to go?"). The pack reads a required wish as "must want", in the order a
// statement has; inverted, the words would be read apart, "want" as a
// stopword, and the question as one of the soldiers alone. mustWish puts
// the "must" back before the wish so the condition is what is asked.

// mustWishGap is how many words may stand between "must" and the wish:
// the one who wishes, with an article and a word that says which.
const mustWishGap = 4

// mustWish reads "must X want" as "X must want", where "must" opens the
// question (after a join: "but", "and", "so"...).
func mustWish(ws []string) []string {
	i := 0
	for i < len(ws) && (joins[ws[i]] || ws[i] == "so") {
		i++
	}
	if i >= len(ws) || ws[i] != "must" {
		return ws
	}
	for j := i + 2; j < len(ws) && j <= i+1+mustWishGap; j++ {
		if wishWords[ws[j]] {
			return slices.Concat(ws[:i:i], ws[i+1:j], []string{"must"}, ws[j:])
		}
		if questionStarts[ws[j]] || joins[ws[j]] || beAux[ws[j]] || doAux[ws[j]] {
			return ws
		}
	}
	return ws
}
