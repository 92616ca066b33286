package knowledge

import (
	"slices"
	"strings"
)

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
	if polar, ok := polarWords(ws); ok {
		return polar
	}
	return strings.HasSuffix(strings.TrimSpace(question), "?")
}

// polarWords reports whether words ask yes or no, as asksYesOrNo reads
// them, and ok false where only a question mark would tell.
func polarWords(ws []string) (polar, ok bool) {
	for i, w := range ws {
		if w == "or" && i+1 < len(ws) && !yesOrNoTails[ws[i+1]] {
			return false, true
		}
	}
	for _, w := range ws {
		switch {
		case whWords[w] || w == "when":
			return false, true
		case questionStarts[w] && w != "in":
			return true, true
		}
	}
	return false, false
}

// figureTested returns the measures a yes-or-no question asks whether a
// figure counts: the key words after a word that includes ("Does the
// January figure count only the dead?", "Is it true that the 4,000 figure
// includes the wounded?"), with the figure (a number, or a word for one)
// before it. Such a question is answered by the entry that gives the
// figure, whose answer says what it counts; it need not count the measure
// asked of it. k is the index of the word that includes.
func figureTested(ws []string, ts []term) (keys []string, k int) {
	if polar, _ := polarWords(ws); !polar {
		return nil, -1
	}
	k = -1
	for i, w := range ws {
		if includes[w] && slices.ContainsFunc(ws[:i], func(w string) bool { return isNumber(w) || figureWords[w] }) {
			k = i
			break
		}
	}
	if k < 0 {
		return nil, -1
	}
	for _, t := range ts {
		if t.pos > k && t.kind == KindKey && !isDate(t) && !dateKey(t.text) && !slices.Contains(keys, t.text) {
			keys = append(keys, t.text)
		}
	}
	return keys, k
}

// yesOrNoTails are the words after "or" that keep a question yes or no.
var yesOrNoTails = setOf("not", "no", "nah", "what", "something", "anything", "so", "nope", "whatever")
