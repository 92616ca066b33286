package knowledge

import "strings"

// An editor names the text being checked by a newsroom word before what
// it has: "Copy has 'first war since the 1970s'. Check pls.", "Our par
// says troops are in Belgorod", "Draft reads ...". "Has" and "reads" are
// no teller's verbs anywhere else ("Cho has proposed ..."), so only after
// such a word, with no more than "our", "the" or "my" before it, do they
// frame the claim after them.

// copyNouns are a newsroom's words for the text being checked.
var copyNouns = setOf("copy", "par", "graf", "para", "draft", "script", "caption", "lede", "intro", "headline", "hed", "subhead", "standfirst")

// copyVerbs say what such a text has in it.
var copyVerbs = setOf("has", "had", "reads", "read", "says", "said", "states", "gives")

// cutCopyLead cuts a newsroom word and its verb from the start of s, and
// whether it cut them, when at least three words follow. Every message
// that may be a claim passes here, and few open so: only its first six
// words are read (no list of all of them, no word lowered by a copy),
// and the message is split whole only when it is cut.
func cutCopyLead(s string) (string, bool) {
	var lead [6]string // "our par says" and three words more at most
	got := 0
	for f := range strings.FieldsSeq(s) {
		lead[got] = f
		if got++; got == len(lead) {
			break
		}
	}
	n := 0
	if n < got && (strings.EqualFold(lead[n], "our") || strings.EqualFold(lead[n], "the") || strings.EqualFold(lead[n], "my")) {
		n++
	}
	if n+1 >= got || !inLowered(copyNouns, lead[n]) || !inLowered(copyVerbs, trimWordMarks(lead[n+1])) {
		return s, false
	}
	if got-(n+2) < 3 {
		return s, false
	}
	fields := strings.Fields(s)
	return strings.Join(fields[n+2:], " "), true
}
