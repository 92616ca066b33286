package knowledge

import "slices"

// "And what about him?" after an answer that names Budanov, merged into
// the last question, is answered by the last answer again: the fragment
// adds only a name that answer already gives, so it asks nothing the bot
// has not just said, and what the user wants of him is not said. So it is
// asked back, not answered the same again.

// namesOnlyAnswered reports whether the fragment ws ("what about him?"),
// read as an, is only "what about" and names the answer of entry names,
// one at least: "and for the POWs?" and "and his name again?" say what
// they want of them.
func (e *Engine) namesOnlyAnswered(entry int, ws []string, an analysis) bool {
	k := 0
	if len(ws) > 0 && (ws[0] == "and" || ws[0] == "so" || ws[0] == "but") {
		k++
	}
	if k+1 >= len(ws) || ws[k] != "what" && ws[k] != "how" || ws[k+1] != "about" {
		return false
	}
	some := false
	for _, t := range an.terms {
		switch {
		case t.kind == KindFiller || t.kind == KindFrame:
		case t.kind == KindEntity && slices.ContainsFunc(e.answerRefs[entry], func(rf referent) bool { return rf.concept == t.text }):
			some = true
		default:
			return false
		}
	}
	return some && len(an.unknown) == 0
}
