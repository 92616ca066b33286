package knowledge

import "strings"

// A curated answer may open with "Yes." because its entry's question asks
// yes or no ("Is South Korea ready to accept them?"). Asked another way
// ("Where would the prisoners go?", or a bare "seoul"), that opening
// answers nothing the user asked, so it is left off.

// polarOpenings are the openings left off an answer to a question that
// is not asked yes or no.
var polarOpenings = []string{"Yes. ", "Yes, ", "No. ", "No, "}

// fitPolar returns text without its yes or no when question does not ask
// yes or no.
func fitPolar(text, question string) string {
	for _, o := range polarOpenings {
		if rest, ok := strings.CutPrefix(text, o); ok && rest != "" && !asksYesOrNo(question) {
			return strings.ToUpper(rest[:1]) + rest[1:]
		}
	}
	return text
}

// asksYesOrNo reports whether a question asks yes or no: its first
// question word is an auxiliary ("did they ...", "so is it true ..."), or
// it has none and ends with a question mark ("nk sent troops?"); and it
// offers no alternatives ("captured by Ukraine or any soldier?" asks
// which, "... or not?" still yes or no).
func asksYesOrNo(question string) bool {
	ws := sentenceWords(question)
	for i, w := range ws {
		if w == "or" && i+1 < len(ws) && !yesOrNoTails[ws[i+1]] {
			return false
		}
	}
	for _, w := range ws {
		switch {
		case whWords[w] || w == "when":
			return false
		case questionStarts[w] && w != "in":
			return true
		}
	}
	return strings.HasSuffix(strings.TrimSpace(question), "?")
}

// yesOrNoTails are the words after "or" that keep a question yes or no.
var yesOrNoTails = setOf("not", "no", "nah", "what", "something", "anything", "so", "nope", "whatever")
