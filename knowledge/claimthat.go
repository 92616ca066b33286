package knowledge

import "slices"

// "And the claim that Pyongyang could send even more troops: who said
// that?" names a claim and asks who made it: it is "who said that
// Pyongyang could send even more troops?", whose claim the engine checks
// as it checks any (a claim the report does not make is declined, not
// answered with whoever the last answer cites). Read as a premise and a
// question of "that", the "that" would be taken for the last answer,
// and the question declined as of another entry.

// claimThenWho returns the words of "who said that <claim>?" for q, when
// q names a claim ("the claim that ...", "the warning that ...") before a
// short question of who said "that" or "it".
func claimThenWho(q string) ([]string, bool) {
	pw, qw, ok := premiseAndQuestion(q)
	if !ok || len(pw) < 5 || !premiseOpeners[pw[0]] || !saidNouns[pw[1]] || pw[2] != "that" || slices.ContainsFunc(pw[3:], isQuestionWord) {
		return nil, false
	}
	n := len(qw)
	if n < 3 || n > 5 || qw[0] != "who" && qw[0] != "whos" || qw[n-1] != "that" && qw[n-1] != "it" ||
		!slices.ContainsFunc(qw[1:n-1], func(w string) bool { return sayWords[w] }) {
		return nil, false
	}
	return slices.Concat(qw[:n-1:n-1], []string{"that"}, pw[3:]), true
}
