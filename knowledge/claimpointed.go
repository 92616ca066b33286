package knowledge

import "slices"

// "The headline rests on a claim that the North Korean army is picking
// up battlefield know-how. Does the report make that claim, and who
// makes it?" names a claim in one sentence and asks of it, by "that
// claim", in the last: it is "who said that the North Korean army is
// picking up battlefield know-how?" (or, with no "who", "does the report
// say that ...?"). Read alone, the last sentence asks only who says
// something, and is answered with whoever the report cites first.

// claimPointedBack returns the words of the question the last sentence
// of q asks of the claim an earlier sentence names, when that sentence
// says "a claim that <claim>" and the last one points at it ("that
// claim", "this claim").
func claimPointedBack(before, last []string) ([]string, bool) {
	pointed := false
	for i := 0; i+1 < len(last); i++ {
		if (last[i] == "that" || last[i] == "this") && saidNouns[last[i+1]] {
			pointed = true
		}
	}
	if !pointed || len(last) > 14 {
		return nil, false
	}
	at := -1
	for i := 0; i+1 < len(before); i++ {
		if saidNouns[before[i]] && before[i+1] == "that" {
			at = i + 2
		}
	}
	if at < 0 || len(before)-at < 3 || slices.ContainsFunc(before[at:], isQuestionWord) {
		return nil, false
	}
	claim := before[at:]
	if slices.Contains(last, "who") || slices.Contains(last, "whose") {
		return slices.Concat([]string{"who", "said", "that"}, claim), true
	}
	return slices.Concat([]string{"does", "the", "report", "say", "that"}, claim), true
}
