package knowledge

// A claim put to check after another question ("ok so like 3000 died by
// february right" after "how many hours a day do they train?") is no
// fragment of it: merged into the last question, its figure asks what
// nobody asked, and nothing answers. Asked alone, a claim with one detail
// wrong is answered with the report's fact (factcheck.go); only that
// reading is taken, so a fragment that merely reads as a question of its
// own ("and by feb?") stays the last question's.

// claimAlone answers q, whose words asked were read as a fragment of the
// last question and not answered so, as a question of its own, when the
// answer corrects a claim it puts to check.
func (e *Engine) claimAlone(c Conversation, q string, asked []string, tr *trace) (Answer, Conversation, bool) {
	if tr == nil {
		tr = &trace{quiet: true}
	}
	tr.note("a claim put to check, not answered as a fragment: asked alone")
	a, next := e.answerText(c, q, asked, tr)
	if !a.Answered || !a.checked {
		tr.note("not answered so as a claim: read as a fragment")
		return Answer{}, Conversation{}, false
	}
	return a, next, true
}
