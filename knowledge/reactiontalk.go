package knowledge

// onlyReacts reports whether the message's statements, beside its small
// talk, only react to what was said ("brutal. thx", "wow. thanks"): each
// is of one or two words, asks nothing and goes on from nothing ("and
// injured" after thanks asks on). Read as a question, a reaction's word
// ("brutal") would be answered by whatever entry it names.
func onlyReacts(m messageSentences) bool {
	if m.talk < 0 || len(m.questions) > 0 || len(m.statements) == 0 {
		return false
	}
	for _, ws := range m.swords {
		if len(ws) == 0 || len(ws) > 2 || movesOn[ws[0]] || isQuestionWord(ws[0]) || beAux[ws[0]] || doAux[ws[0]] {
			return false
		}
	}
	return true
}
