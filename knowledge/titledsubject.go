package knowledge

// A person's name asked as a doer may stand after a title the question
// reads away ("what did minister Budanov offer?", "what did the korean
// minister Budanov offer to ukraine?", see titles): the title is no word
// of the question's terms, and the auxiliary that makes the name the doer
// stands before it. The person is then the doer as after "did Budanov",
// and what the entry must say the person does is asked (the act-spoken
// and doer guards), not only who the person is.

// titledAux returns the auxiliary before the title words written before
// person term t: up to three words no term was read from, right before
// the name ("the korean minister"), after "did", "does", "has" ...; "" if
// there is none.
func titledAux(ws []string, ts []term, t term) string {
	if !t.person {
		return ""
	}
	for k := t.pos - 1; k >= 0 && t.pos-k <= 4; k-- {
		if doAux[ws[k]] {
			if k == t.pos-1 {
				return "" // no title between: read as it was
			}
			return ws[k]
		}
		if coveredBy(ts, k) || whWords[ws[k]] {
			return ""
		}
	}
	return ""
}

// coveredBy reports whether a term was read from word k.
func coveredBy(ts []term, k int) bool {
	for _, t := range ts {
		if t.pos <= k && k < t.end {
			return true
		}
	}
	return false
}
