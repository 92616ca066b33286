package knowledge

import "strings"

// A choice may come in a claim's frame as a claim does: "Checking copy:
// Cho Tae-yul, foreign minister or defence minister?", "my editor says
// the figure is from Ukraine or Seoul?". framedClaim leaves a choice to
// be asked as it stands (its "or" asks, and is no claim), but read with
// its frame the label's words ("copy") weigh as much as the choice's and
// sink the entry that answers it. So a choice after a frame the claim's
// frame cuts (a label before a colon, a teller, a checking lead) is asked
// without it; not answered so, the message is read as it stands.

// framedChoice returns the choice a message asks after a frame, and
// whether it has one: a frame cut from its start, and after it one
// question of at least three words joining two things with "or".
func (e *Engine) framedChoice(question string) (string, bool) {
	s := strings.TrimSpace(question)
	if !strings.HasSuffix(s, "?") || strings.Count(s, "?") > 1 {
		return "", false
	}
	rest, cut := e.cutClaimLead(s)
	if !cut || severalSentences(unquoted.Replace(rest)) {
		return "", false
	}
	if _, tail := cutCheckTail(rest); tail {
		// "over 3,000 NK dead or captured by January, correct?" puts
		// a claim to check, its "or" no choice asked (framedClaim)
		return "", false
	}
	ws := sentenceWords(rest)
	if len(ws) < 3 || !choiceOr(ws) {
		return "", false
	}
	return rest, true
}

// answerFramedChoice answers a choice in a frame by the choice alone
// (see framedChoice), when that answers.
func (e *Engine) answerFramedChoice(question string, tr *trace) (Answer, bool) {
	if tr == nil {
		return Answer{}, false // (the engine's own reading: see answerFramedClaim)
	}
	choice, ok := e.framedChoice(question)
	if !ok || choice == question {
		return Answer{}, false
	}
	return e.askedAs(question, choice, "a choice asked in a frame, without it", tr)
}
