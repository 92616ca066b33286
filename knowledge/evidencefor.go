package knowledge

import "slices"

// "I'm arguing North Korea is directly involved in the Ukraine war. What
// evidence does the report give me?": a question that asks only for
// evidence, after a statement of the same message, asks it of what the
// statement claims, as "how do we know ...?" does (evidence.go): who
// says it, or the entry that gives it. The asker's frame of the claim
// ("I'm arguing", "I think") is theirs, not the claim's.

// evidenceWords ask for evidence; evidenceFrame are the words around
// them in a question that asks nothing else.
var (
	evidenceWords = setOf("evidence", "proof", "proofs", "evidences")
	evidenceFrame = setOf("what", "which", "any", "is", "there", "does", "do", "the", "report", "article", "give", "gives",
		"me", "us", "have", "has", "it", "for", "that", "this", "offer", "offers", "provide", "provides", "to", "support", "of", "can", "i", "use", "cite")
)

// asksEvidence reports whether ws only asks for evidence.
func asksEvidence(ws []string) bool {
	for len(ws) > 0 && movesOn[ws[0]] {
		ws = ws[1:]
	}
	ev := false
	for _, w := range ws {
		switch {
		case evidenceWords[w]:
			ev = true
		case !evidenceFrame[w]:
			return false
		}
	}
	return ev
}

// claimFrames open a statement with the asker's own stance on what
// follows.
var claimFrames = [][]string{
	// ("I'm" reads as "i")
	{"i", "arguing"}, {"im", "arguing"}, {"i", "am", "arguing"}, {"i", "argue"}, {"i", "think"}, {"i", "believe"},
	{"i", "claim"}, {"i", "claiming"}, {"i", "am", "claiming"}, {"my", "claim", "is"}, {"my", "point", "is"},
	{"i", "say"}, {"i", "saying"}, {"i", "am", "saying"},
}

// claimOf returns the claim of a statement, without the asker's frame
// before it and a "that" after the frame.
func claimOf(ws []string) []string {
	for _, f := range claimFrames {
		if len(ws) > len(f) && slices.Equal(ws[:len(f)], f) {
			ws = ws[len(f):]
			if ws[0] == "that" {
				ws = ws[1:]
			}
			break
		}
	}
	return ws
}

// evidenceFor returns the question to ask for "what evidence does the
// report give?" after statement, or ok false.
func (e *Engine) evidenceFor(statement, ws []string) ([]string, bool) {
	if !asksEvidence(ws) {
		return nil, false
	}
	claim := claimOf(statement)
	if len(claim) < 3 {
		return nil, false
	}
	return e.knownBy(claim), true
}
