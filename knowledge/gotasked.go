package knowledge

// gotAsked reports whether the "get" at ws[i] is what a "what" asks, with
// nothing after it but a word that asks for more ("what does North Korea
// get?", "what else are they getting?"): what one gets is what one gains,
// as "get from" is. A "get" with its own object or complement ("what did
// they get wrong", "what got them captured"), or after a thing the "what"
// names ("what kind of help did they get?"), gets something else.
func gotAsked(ws []string, i int) bool {
	what := -1
	for j := range i {
		if ws[j] == "what" {
			what = j
			break
		}
	}
	if what < 0 || i-what < 2 {
		return false
	}
	if next := ws[what+1]; next == "else" && what+2 < i {
		next = ws[what+2]
		if !doAux[next] && !beAux[next] {
			return false
		}
	} else if !doAux[next] && !beAux[next] {
		return false // "what kind of help did they get": the help is got
	}
	for _, w := range ws[i+1:] {
		if !gotTails[w] && !chatTails[w] {
			return false
		}
	}
	return true
}

// gotTails may follow what is got, asking nothing of their own: "in return",
// "back", "out of it" ("what do they get back?").
var gotTails = setOf("in", "return", "back", "else", "exactly", "there", "here", "for", "it", "this", "that")
