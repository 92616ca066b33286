package knowledge

import "slices"

// "And the February estimate, which paragraph?" names a thing, then asks
// where the report says it: it is "which paragraph mentions the February
// estimate?" (paragraphof.go). Read as a fragment of the last question,
// the thing would be merged into a question it is no part of; read as a
// question about the last answer, "which paragraph?" would be of that
// answer, not of the thing named.

// topicThenWhere returns the words of "which paragraph mentions <thing>"
// for q, when q names a thing before a bare question of which paragraph.
func topicThenWhere(q string) ([]string, bool) {
	pw, qw, ok := premiseAndQuestion(q)
	if !ok || len(pw) < 2 || len(pw) > 6 || !premiseOpeners[pw[0]] || slices.ContainsFunc(pw, func(w string) bool {
		return isQuestionWord(w) || beAux[w] || doAux[w] || w == "that" || w == "it"
	}) {
		return nil, false
	}
	if len(qw) < 2 || len(qw) > 4 || qw[0] != "which" && qw[0] != "what" || !paragraphNouns[qw[1]] ||
		slices.ContainsFunc(qw[2:], func(w string) bool { return !beAux[w] && w != "is" && w != "in" && w != "it" && w != "that" }) {
		return nil, false
	}
	return slices.Concat([]string{"which", qw[1], "mentions"}, pw), true
}

// premiseAndQuestion splits q into the words of the thing it names and
// of the short question after it, dropping the "and"/"now" that only
// moves the conversation on, so each reading of "<thing>, <question>?"
// starts from the same words.
func premiseAndQuestion(q string) (pw, qw []string, ok bool) {
	premise, question, ok := afterPremise(q)
	if !ok {
		return nil, nil, false
	}
	pw, qw = sentenceWords(premise), sentenceWords(question)
	for len(pw) > 0 && movesOn[pw[0]] {
		pw = pw[1:]
	}
	return pw, qw, true
}
