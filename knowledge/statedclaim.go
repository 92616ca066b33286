package knowledge

import (
	"slices"
	"strings"
)

// statedClaim reports whether a question states a claim and asks with its
// question mark alone whether it is true, as chat does ("this is NK's
// first war since the 1970s?", "the US joint chiefs warned NK could send
// more troops?"): it opens with neither an auxiliary, a question word
// nor a negation, holds no question word nor an "or" (a choice is asked,
// not claimed), and puts a form of "be" or a verb of claimVerbs after its
// first word, so it reads as a statement, checked as "..., right?" is
// (see checksClaim). A phrase with a question mark and no verb ("nk
// losses in december?") asks, and stays a plain question.
func statedClaim(question string, ws []string) bool {
	if !strings.HasSuffix(strings.TrimSpace(question), "?") || len(ws) < 3 || questionStarts[ws[0]] || negations[ws[0]] {
		return false
	}
	if slices.ContainsFunc(ws, func(w string) bool { return isQuestionWord(w) || w == "or" }) {
		return false
	}
	if figureGuessed(question, ws) {
		return true // "NK KIA by early Feb: 5k?" (guessedfigure.go)
	}
	if ws[1] == "under" {
		return true // "Kursk under UA control atm?": the "is" left out (undername.go)
	}
	return slices.ContainsFunc(ws[1:], func(w string) bool { return beAux[w] || claimVerbs[w] })
}

// claimVerbs are verbs a claim states in the present or the past that
// no form of "be" says ("NK troops fight in Kursk?",
// "Cho flew to Kyiv?").
var claimVerbs = setOf("has", "have", "had", "did", "does", "do", "says", "said", "sent", "flew", "went", "came", "got", "made", "gave", "took", "fight", "fights", "holds", "hold", "can", "could", "will", "would",
	"died", "hit", "lost", "reached", "topped",
	"don") // Pidgin's perfect, "has": "Ukraine talk say 4,000 soldiers don die by January?"
