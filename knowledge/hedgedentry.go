package knowledge

import "strings"

// An entry that gives a thing only as a possibility ("JCS said North
// Korea could deploy more troops", "the potential for more troops") does
// not confirm a claim that states it plainly ("Is North Korea sending
// more troops?"): a "Yes." would assert what the report only hedges. The
// claim is confirmed only when it carries a hedge of its own ("could
// North Korea send more, right?"); whether that hedge is the entry's is
// confirmsRead's check of each word. A hedge in a side note of the answer, in
// parentheses, is not the claim's. An estimate ("estimated to have
// endured approximately 4,000 fatalities") is not a possibility: a claim
// of the figure ("about 4,000 had died by early February, right?") is
// confirmed by it, so estimate words are not hedges here.

// potentialTerm is the pack's term for a thing given as possible.
const potentialTerm = "potential"

// hedgeWordsOf returns the one-word hedges the pack gives in English: its
// "potential" term and that term's one-word aliases ("possibility",
// "likely", "expected"), with the modals.
func hedgeWordsOf(p *Pack) map[string]bool {
	out := oneWordAliases(p, potentialTerm)
	for w := range modals {
		out[w] = true
	}
	return out
}

// unhedgedClaim returns the hedge of text, an entry's answer outside its
// parentheses, when the claim ws carries none, and whether it found one.
// en is the entry whose answer it is (its own answer is read once, see
// answerreads.go).
func (e *Engine) unhedgedClaim(ws []string, en int, text string) (string, bool) {
	for _, w := range ws {
		if e.hedgeWords[w] {
			return "", false
		}
	}
	h := ""
	if r, ok := e.answerReadOf(en, text); ok {
		h = r.hedge
	} else {
		h = firstHedge(e.hedgeWords, text)
	}
	return h, h != ""
}

// firstHedge returns the first of hedges in text outside its
// parentheses, or "".
func firstHedge(hedges map[string]bool, text string) string {
	for _, w := range sentenceWords(outsideParens(text)) {
		if hedges[w] {
			return w
		}
	}
	return ""
}

// outsideParens returns text without its parenthesized parts.
func outsideParens(text string) string {
	var b strings.Builder
	depth := 0
	for _, r := range text {
		switch {
		case r == '(':
			depth++
		case r == ')' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}
