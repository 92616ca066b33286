package knowledge

import "strings"

// Stream chat puts a figure to check as a phrase, the figure guessed
// after a colon or a dash and the question mark alone ("NK KIA by early
// Feb: 5k?", "casualties as of jan - 5000?"): no verb states it, yet the
// figure is a claim, as "... was 5k?" is, checked as "..., right?" (see
// statedClaim): the right figure corrects a wrong one. A phrase that asks
// with no guess after it ("nk losses in december?") stays a plain question.

// figureGuessed reports whether question ends with a figure guessed after
// a colon or a dash, and its words ws (the figure last) ask nothing
// else.
func figureGuessed(question string, ws []string) bool {
	q := strings.TrimRight(strings.TrimSpace(question), "?!")
	if len(q) == len(strings.TrimSpace(question)) || len(ws) < 3 || !isNumber(ws[len(ws)-1]) {
		return false
	}
	i := strings.LastIndexAny(q, ":-—–")
	if i < 0 || strings.ContainsAny(q[:i], "?") {
		return false
	}
	guess := strings.Fields(q[i:])
	if len(guess) == 0 || len(guess) > 2 {
		return false // (the guess alone, "5k", "~5000", "about 5k")
	}
	if i > 0 && q[i] == '-' && q[i-1] != ' ' {
		return false // "KN-23": a name's hyphen, no dash
	}
	return true
}
