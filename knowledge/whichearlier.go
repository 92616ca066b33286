package knowledge

// The pack reads "earlier" as "previously" ("has North Korea fought a war
// like this earlier?" asks of the 1950s). After "which" and a form of
// "be" or "come" it is a comparative that orders two things ("3,000
// report or 4,000 estimate, which is earlier?", "which one came
// earlier?"): it asks which of them comes first, which the war of the
// 1950s does not answer. Such an "earlier" is read as orderWord, a word
// the pack does not know, so the question is answered only by the words
// of the things it orders, or declined.

// orderWord stands for an "earlier" that orders two things.
const orderWord = "sooner"

// orderComes are the words right before an "earlier" that orders: a form
// of "be" or "come", or the article of "which is the earlier".
var orderComes = setOf("is", "are", "was", "were", "came", "come", "comes", "happened", "the", "one")

// orderEnds are the words that may follow an "earlier" that orders: the
// clause's end, or the other side of the comparison.
var orderEnds = setOf("?", "or", "than")

// orderAsked reports whether the "earlier" at i of ws orders two things: a
// word of orderComes before it, "which" at most four words before, and the
// clause ending with it ("which is earlier?", "which came earlier or
// later"). An "earlier" a verb follows is "previously" ("which troops were
// earlier sent to Kursk?").
func orderAsked(ws []string, i int) bool {
	if i == 0 || !orderComes[ws[i-1]] {
		return false
	}
	if i+1 < len(ws) && !orderEnds[ws[i+1]] {
		return false
	}
	for j := max(0, i-4); j < i; j++ {
		if ws[j] == "which" {
			return true
		}
	}
	return false
}
