package knowledge

import "slices"

// "How sure is the report that North Korea sent troops?", "how certain
// is it that the troops in Kursk are monitored?", "is it certain North
// Korea will send more?", "how reliable is the 3,000 figure?" ask how
// the fact is known, as "how do we know ...?" does (see knowing): who
// says it, or the hedge it is given with (evidence.go). The report
// weighs nothing itself; what it has is who says so and how.

// certaintyWords after "how" ask how sure one can be of what follows.
var certaintyWords = setOf("sure", "certain", "confident")

// confirmedWords in "is it confirmed that ...?" ask how sure the fact is.
var confirmedWords = setOf("confirmed", "verified", "proven", "established")

// confirmedSent returns how many words open ws with "is it confirmed
// that" before a fact of sending ("... North Korea sent soldiers to help
// Russia?"), when at least three words of it follow; else 0. It asks who
// says they were sent, whatever else the fact says ("to help" would ask
// why). Other facts are left to the entries that ask them confirmed.
func confirmedSent(ws []string, sending map[string]bool) int {
	if len(ws) < 7 || ws[0] != "is" || ws[1] != "it" || !confirmedWords[ws[2]] || ws[3] != "that" {
		return 0
	}
	if !slices.ContainsFunc(ws[4:], func(w string) bool { return sending[w] }) {
		return 0
	}
	return 4
}

// firmWords before a word for what is said ("a firm prediction that")
// ask how sure it is.
var firmWords = setOf("sure", "certain", "firm", "definite", "definitive", "confirmed", "hard", "solid")

// sayingNouns are the words for what is said that firmWords qualify.
var sayingNouns = setOf("prediction", "forecast", "statement", "claim", "fact", "conclusion", "finding", "assessment", "warning", "expectation")

// firmThat returns how many words open ws, a question opening with a form
// of "be", up to the "that" after a firm word for what is said ("is the
// remark a firm prediction that"), when at least three words of the fact
// follow; else 0.
func firmThat(ws []string) int {
	for i := 1; i+2 < len(ws) && i < 8; i++ {
		if firmWords[ws[i]] && sayingNouns[ws[i+1]] && ws[i+2] == "that" {
			if len(ws)-i-3 >= 3 {
				return i + 3
			}
			return 0
		}
	}
	return 0
}

// reliableWords after "how" ask it of the thing named right after the verb.
var reliableWords = setOf("reliable", "trustworthy", "solid")

// certainOf returns how many words open ws with a question of how sure
// the fact after them is, when at least three words of a fact follow;
// else 0.
func certainOf(ws []string) int {
	lead := 0
	for lead < len(ws) && lead < 3 {
		// the words a reply opens with before its question: movesOn's
		// ("so is it certain ...") and "I mean, how reliable is ..."
		if movesOn[ws[lead]] {
			lead++
		} else if ws[lead] == "i" && lead+1 < len(ws) && ws[lead+1] == "mean" {
			lead += 2
		} else {
			break
		}
	}
	if k := certainAsked(ws[lead:]); k > 0 {
		return lead + k
	}
	return 0
}

// certainAsked returns how many words open ws with a question of how sure
// or reliable a fact is ("how sure is the report that", "how reliable is",
// "is it certain (that)"), when at least three words of the fact follow;
// else 0. Its words open the question: the leads a reply puts before it
// are certainOf's.
func certainAsked(ws []string) int {
	const minRest = 3
	if len(ws) < 2+minRest {
		return 0
	}
	switch {
	case ws[0] == "how" && certaintyWords[ws[1]] && (ws[2] == "is" || ws[2] == "are" || ws[2] == "can"):
		// "how sure is the report that ...", "how certain are we that
		// ...", "how sure can we be that ..."
		for i := 3; i < len(ws) && i < 7; i++ {
			// "... about the 4,000 fatalities" asks it of a thing named,
			// as "that" does of a fact
			if ws[i] == "that" || ws[i] == "about" && ws[2] != "can" {
				if len(ws)-i-1 >= minRest {
					return i + 1
				}
				return 0
			}
		}
	case ws[0] == "how" && reliableWords[ws[1]] && (ws[2] == "is" || ws[2] == "are"):
		// "how reliable is the 3,000 casualty figure?"
		if len(ws)-3 >= minRest {
			return 3
		}
	case beAux[ws[0]] && firmThat(ws) > 0:
		// "is the Joint Chiefs' remark a firm prediction that North
		// Korea will send more troops?": how sure the remark is
		return firmThat(ws)
	case ws[0] == "is" && ws[1] == "it" && certaintyWords[ws[2]]:
		// "is it certain (that) North Korea will send more troops?"
		k := 3
		if ws[k] == "that" {
			k++
		}
		if len(ws)-k >= minRest {
			return k
		}
	}
	return 0
}

// onlyTheAnswer reports whether rest, what follows a question of how sure
// ("how reliable is that number, is it an audited figure or a rough
// one?"), names only the last answer: no fact of its own whose teller to
// ask, but how sure the answer just given is (lastanswer.go), not who
// says it.
func onlyTheAnswer(rest []string) bool {
	return len(rest) > 0 && len(rest) <= 3 && !slices.ContainsFunc(rest, func(w string) bool {
		return !figureNouns[w] && w != "that" && w != "this" && w != "it" && w != "those" && w != "these" && w != "the" && w != "one"
	})
}

// sureTailCut cuts from ws, a question of how sure the last answer is, the
// choice put after it ("how reliable is that number, is it an audited
// figure or a rough one?"): it asks the same again in words of its own,
// which the answer's hedge answers, and whose words ("audited") name
// nothing the answer says.
func sureTailCut(ws []string) []string {
	for i := 3; i+1 < len(ws); i++ {
		if beAux[ws[i]] && (ws[i+1] == "it" || ws[i+1] == "that" || ws[i+1] == "this") && slices.Contains(ws[i+2:], "or") {
			return ws[:i]
		}
	}
	return ws
}
