package knowledge

import "strings"

// withoutInnerAddress returns a question without a word of address set
// off by commas inside it ("what're SK and ukraine even talkin about,
// bud, like what's the focus?"), and whether it had one: a comma, one
// word of address (the pack's [usage] address), a comma. Such a word is
// one the pack does not know ("bud") or reads as something else
// ("partner", an ally), and it sinks a question whose other words match
// the right entry; it addresses the one asked, no part of what is asked.
// A list ("Cho, Budanov, or someone else?") is no address: its words are
// no words of address. The word a question closes on is
// withoutClosingAddress's.
func withoutInnerAddress(question string, address map[string]bool) (string, bool) {
	for i := strings.IndexByte(question, ','); i >= 0; {
		rest := question[i+1:]
		j := strings.IndexByte(rest, ',')
		if j < 0 {
			break
		}
		if address[strings.ToLower(strings.TrimSpace(rest[:j]))] {
			return question[:i] + rest[j:], true
		}
		i += 1 + j
	}
	return "", false
}
