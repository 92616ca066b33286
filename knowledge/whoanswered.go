package knowledge

import "slices"

// addQuestionRefs adds what the last question named, after its answer's
// (the nearer), but for a role it asked who holds when the answer named
// one person: "who's the south korean minister?" answered "Cho Tae-yul"
// names him twice, and "he", "they" or "them" after it are not one of
// two.
func (c *Conversation) addQuestionRefs(e *Engine, question analysis) {
	c.refs = addFound(c.refs, c.questionRefs(e, c.refs, question))
}

// questionRefs returns the referents addQuestionRefs adds to refs.
func (c *Conversation) questionRefs(e *Engine, refs []referent, question analysis) []referent {
	found := e.referentsIn(question, 2*c.turn+1, 0)
	people := 0 // the answer's
	for _, rf := range refs {
		if rf.turn == 2*c.turn && rf.class == "person" {
			people++
		}
	}
	if people == 1 {
		if held := whoHolds(question.words); len(held) > 0 {
			found = slices.DeleteFunc(found, func(rf referent) bool {
				return rf.role != "" && len(rf.words) <= len(held) && slices.Equal(rf.words, held[:len(rf.words)])
			})
		}
	}
	return found
}

// whoHolds returns the words after "who is (the)" that a question asks
// who is ("who's the south korean minister that ..."), or nil when it
// asks no one's name: "who said the troops ..." asks who said it.
func whoHolds(ws []string) []string {
	at := slices.Index(ws, "who")
	if at < 0 || at+1 >= len(ws) || !beAux[ws[at+1]] && ws[at+1] != "'s" {
		return nil
	}
	rest := ws[at+2:]
	if len(rest) > 0 && rest[0] == "the" {
		rest = rest[1:]
	}
	return rest
}
