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
// whether it cut them, when at least three words follow.
func cutCopyLead(s string) (string, bool) {
	fields := strings.Fields(s)
	n := 0
	if n < len(fields) && (strings.EqualFold(fields[n], "our") || strings.EqualFold(fields[n], "the") || strings.EqualFold(fields[n], "my")) {
		n++
	}
	if n+1 >= len(fields) || !copyNouns[strings.ToLower(fields[n])] || !copyVerbs[strings.ToLower(trimWordMarks(fields[n+1]))] {
		return s, false
	}
	if len(fields)-(n+2) < 3 {
		return s, false
	}
	return strings.Join(fields[n+2:], " "), true
}
