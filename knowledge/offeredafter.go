package knowledge

import "slices"

// "How sure is that tho? like confirmed or just reported": a sentence
// after a question that opens with "like" and offers answers joined by
// "or" spells out what the question asks; it states nothing. Kept as a
// statement, it was read as context, answered by itself ("confirmed or
// reported" of the report as a whole), and the question was then asked of
// that answer instead of the last one. So it is left out: the question is
// asked as it stands. Only after a question in the same message, and only
// a choice: "like 3000 died" after a question is a claim of its own.

// offersAnswers reports whether ws, a sentence that does not ask, after a
// question, only offers answers to it: "like" (or "as in", "i.e.") first,
// an "or" in it, and few words.
func offersAnswers(ws []string) bool {
	n := 0
	switch {
	case len(ws) > 0 && (ws[0] == "like" || ws[0] == "ie"):
		n = 1
	case len(ws) > 1 && ws[0] == "as" && ws[1] == "in":
		n = 2
	default:
		return false
	}
	rest := ws[n:]
	or := slices.Index(rest, "or")
	return len(rest) <= 6 && or > 0 && or < len(rest)-1
}
