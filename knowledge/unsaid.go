package knowledge

import "slices"

// correctionWords open a question that corrects the last one: "sorry, i
// meant when did ...", "no wait i mean who ...", "sorry, correcting
// myself, i meant ...".
var correctionWords = setOf("sorry", "no", "wait", "oh", "oops", "ok", "okay", "actually", "i", "im", "mean", "meant",
	"correcting", "correction", "myself", "apologies")

// unsaid returns ws without the words that say it corrects the last
// question, when a whole question follows them ("sorry, i meant when did
// Ukraine report it?" is "when did Ukraine report it?"): kept as the last
// question, "meant" would be a term of every fragment merged into it.
func unsaid(ws []string) []string {
	n := slices.IndexFunc(ws, func(w string) bool { return w == "mean" || w == "meant" })
	if n < 1 || n+1 >= len(ws) || ws[n-1] != "i" || !isQuestionWord(ws[n+1]) {
		return ws
	}
	if slices.ContainsFunc(ws[:n], func(w string) bool { return !correctionWords[w] }) {
		return ws
	}
	return ws[n+1:]
}
