package knowledge

import (
	"slices"
	"strings"
)

// withoutSignOff returns a message without the sign-off a letter ends
// with ("... which South Korean official proposed receiving the
// prisoners. Kind regards, Harold"), and whether it had one: a last
// sentence of a few words that opens with a valediction and asks
// nothing. The name signed is a word the pack does not know, which would
// sink the question; a sign-off after a question mark is already a remark
// (see beforeRemarks), but a letter's question often has none.
func withoutSignOff(question string) (string, bool) {
	if !severalSentences(question) {
		return "", false
	}
	sents := splitMessage(question)
	last := sentenceWords(sents[len(sents)-1])
	if len(last) == 0 || len(last) > 5 || slices.ContainsFunc(last, isQuestionWord) {
		return "", false
	}
	for _, vs := range valedictions {
		if len(vs) <= len(last) && slices.Equal(last[:len(vs)], vs) {
			return strings.Join(sents[:len(sents)-1], " "), true
		}
	}
	return "", false
}

// valedictions are the words a letter is signed off with, before the
// name, split once: every message of two sentences is asked.
var valedictions = splitEach([]string{"kind regards", "best regards", "warm regards", "warmest regards", "regards", "respectfully", "respectfully yours",
	"cordially", "yours", "yours sincerely", "yours truly", "yours faithfully", "sincerely", "sincerely yours", "best wishes", "with thanks",
	"many thanks", "thank you kindly", "thank you", "thanks", "with gratitude", "gratefully", "warmly", "all the best"})

// splitEach returns each of ss cut into its words.
func splitEach(ss []string) [][]string {
	out := make([][]string, len(ss))
	for i, s := range ss {
		out[i] = strings.Fields(s)
	}
	return out
}
