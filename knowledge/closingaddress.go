package knowledge

import (
	"strings"
	"unicode"
)

// withoutClosingAddress returns a question without the word it closes on
// to address the one asked ("what's the main gist of this report,
// partner?", "who's the fm, pardner?"), and whether it had one: the last
// comma's tail is one word, a term of address. Such a word may also be a
// word the pack reads ("partner" is an ally), which would turn the
// question to Kyiv's allies; one the pack does not know ("cher") is
// dropped anyway, but is listed for the same reading. The words of address
// are the pack's ([usage] address).
func withoutClosingAddress(question string, address map[string]bool) (string, bool) {
	i := strings.LastIndexByte(question, ',')
	if i < 0 {
		return "", false
	}
	word := strings.TrimRightFunc(question[i+1:], afterAddress)
	if !address[strings.ToLower(strings.TrimSpace(word))] {
		return "", false
	}
	return strings.TrimSpace(question[:i]) + question[i+1+len(word):], true
}

// afterAddress is what may follow the word of address: the question mark,
// spaces, and an emoji.
func afterAddress(r rune) bool {
	return unicode.IsPunct(r) || unicode.IsSpace(r) || unicode.IsSymbol(r) || r > unicode.MaxASCII
}
