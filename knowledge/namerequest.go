package knowledge

import "slices"

// A request to name what the question before asks ("Who came up with the
// 4,000 estimate? Name the agency.", "Who proposed it? Which country?")
// asks what that question asks: it is no question of its own, and is left
// out. Asked alone, its noun would be read as the name it stands for in
// the pack ("agency" is Ukraine's Defense Intelligence) and answered by
// whatever entry speaks most of it; read into the question before, it
// would name who is asked for as if it were given. Left out, the message
// is answered or declined as the question before is.

// namingVerbs open a request to name a thing; read, the request is
// "which" and the thing ("name the agency" is "which agency").
var namingVerbs = setOf("name", "specify", "identify", "which")

// namesAsked reports whether ws only asks to name the one that the
// question q before it asks of with "who" or "which": a naming verb and
// at most two words after it ("name the agency", "which country?").
func namesAsked(q, ws []string) bool {
	for len(ws) > 1 && movesOn[ws[0]] {
		ws = ws[1:]
	}
	for len(q) > 1 && movesOn[q[0]] {
		q = q[1:]
	}
	return len(ws) >= 2 && len(ws) <= 3 && namingVerbs[ws[0]] && !slices.ContainsFunc(ws[1:], isQuestionWord) &&
		len(q) > 2 && (q[0] == "who" || q[0] == "which")
}
