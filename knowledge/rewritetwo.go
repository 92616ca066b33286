package knowledge

import "slices"

// rewriteTwo is rewriteText for a question with two references resolved,
// each one word ("how'd he pitch it to them, at some big summit or
// what?"): one at a time, the later first, so the text keeps its marks
// and a guess after a comma is still read apart (see guessafter.go). ok is
// false unless the words differ at two words, both plain and not the
// same, with the same words between them.
func rewriteTwo(q string, ws, rewritten []string) (string, bool) {
	pre, post := changedSpan(ws, rewritten)
	old, with := ws[pre:len(ws)-post], rewritten[pre:len(rewritten)-post]
	if len(old) < 3 || !isPlainWord(old[0]) || !isPlainWord(old[len(old)-1]) || old[0] == old[len(old)-1] {
		// (one word twice, "will they go if they don't want to?", is
		// one reference read twice: asked as its words)
		return "", false
	}
	between := old[1 : len(old)-1]
	for x := 1; x+len(between) < len(with); x++ {
		if !slices.Equal(with[x:x+len(between)], between) {
			continue
		}
		// the later reference put in first
		mid := slices.Concat(ws[:len(ws)-post-1], with[x+len(between):], ws[len(ws)-post:])
		text, ok := rewriteText(q, ws, mid)
		if !ok {
			return "", false
		}
		return rewriteText(text, mid, rewritten)
	}
	return "", false
}
