package knowledge

import "slices"

// What a text of the pack (an attribution's line) says the report does
// not give is read from the text itself: "the report does not say who
// estimated the February one" tells that "who estimated it?" asks what
// the report does not give, though the same line answers "who says so?".

// A notGiven is one thing a text says the report does not give: the
// question word and the stem of the verb after it ("who", "estim").
type notGiven struct{ ask, verb string }

// notGivenAsks are the question words a "does not say" clause may ask.
var notGivenAsks = setOf("who", "when", "where", "why", "how", "whom")

// notGivenIn reads the "does not say who <verb>" clauses of text.
func notGivenIn(text string) []notGiven {
	ws := splitWords(text)
	var out []notGiven
	for i := 0; i+3 < len(ws); i++ {
		if ws[i] != "not" && ws[i] != "doesnt" {
			continue
		}
		if v := ws[i+1]; (v == "say" || v == "give" || v == "name") && notGivenAsks[ws[i+2]] && !stopWords[ws[i+3]] {
			out = append(out, notGiven{ws[i+2], snowball(ws[i+3])})
		}
	}
	return out
}

// asksNotGiven reports whether ws asks one of the things the report does
// not give, as a text says them (notGivenIn): its question word and that
// verb.
func asksNotGiven(ngs []notGiven, ws []string) bool {
	for _, ng := range ngs {
		if slices.Contains(ws, ng.ask) && slices.ContainsFunc(ws, func(w string) bool { return w != ng.ask && snowball(w) == ng.verb }) {
			return true
		}
	}
	return false
}
