package knowledge

import "strings"

// whatIsThe returns the plain word a question opening "What is the X"
// ("What is the salary the troops get?", "what's the ...") asks for: the
// thing it wants said, which an answer must speak of (see askedForGuard),
// as with "What X ...?". Only a plain word right after "the" that ends
// its phrase is taken, not one qualifying the next ("the estimated
// number", "the last war").
func whatIsThe(ws []string, ts []term) (string, bool) {
	if len(ws) < 5 || ws[0] != "what" && ws[0] != "which" || !beAux[ws[1]] && ws[1] != "s" || ws[2] != "the" {
		return "", false
	}
	for i, t := range ts {
		if t.pos == 3 {
			if t.kind != "" || t.end != 4 || strings.HasSuffix(ws[3], "ed") { // "the estimated North Korean death toll"
				return "", false
			}
			if ws[4] == "about" {
				// "what is the report about (at heart)?" asks what it holds,
				// not which report: the summary must not be turned down
				return "", false
			}
			if len(ws) > 4 && (prepositions[ws[4]] || phraseEnds[ws[4]] || i+1 < len(ts) && ts[i+1].pos == 4 && (ts[i+1].kind == KindEntity || ts[i+1].kind == KindRole)) {
				return t.text, true
			}
			return "", false // "the estimated number", "the last war": X qualifies what follows
		}
	}
	return "", false
}

// phraseEnds begin a clause after a noun ("the salary that ...").
var phraseEnds = setOf("that", "which", "who", "they", "he", "she", "it", "we", "you", "i")
