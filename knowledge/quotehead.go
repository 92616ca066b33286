package knowledge

import (
	"slices"
	"strings"
)

// askedBeforeComma returns the words of the clause before the first comma
// of q when that clause alone asks for the last answer's words or place
// ("quote it, my editor wants his exact phrasing", "quote me the exact line pls,
// the lads in the break room won't believe me"): what follows the comma
// is the asker's reason, which asks nothing and, read with the request,
// hides it. ok is false when the clause asks something else, or the rest
// asks a question of its own ("quote it, and who said it?").
func askedBeforeComma(q string) ([]string, bool) {
	head, tail, ok := strings.Cut(q, ",")
	if !ok {
		return nil, false
	}
	hw, tw := sentenceWords(head), sentenceWords(tail)
	if len(hw) == 0 || len(tw) == 0 || slices.ContainsFunc(tw, isQuestionWord) {
		return nil, false
	}
	if ask := lastAnswerAsk(hw); ask != askQuote && ask != askWhere {
		return nil, false
	}
	return hw, true
}
