package knowledge

import "strings"

// A reader may say after the question why they ask it: "can you tell me
// what the report says Russia did to the KN-23 missiles because I could
// not catch it the first time", "please tell me the full job title of
// Kyrylo Budanov because my reader skipped over it". The reason speaks of
// the asker, and its words ("catch", "first", "reader") sink the question
// or point at other entries. So a message the whole of which is not
// answered is asked again without a last clause opened by "because" (or
// "since", "as") and the asker ("I", "my", "we"), when that clause names
// none of the report's people, countries or bodies, nor a role: "...
// because I only heard about deaths" is the asker's, "because North Korea
// sent troops" a part of what is asked.

// A reason may also speak of what the answer means to the asker, its
// subject a word that points back at what is asked ("..., because those
// are very different griefs to carry", "..., since that would mean more
// families waiting at home"): a demonstrative followed by a verb of being
// or a modal, so that "since that war" keeps its date.

// reasonOpeners open a clause of the asker's reason.
var reasonOpeners = setOf("because", "cause", "cos", "coz", "since", "as")

// reasonPointers point back at what is asked, as the subject of a reason.
var reasonPointers = setOf("that", "those", "this", "these", "it")

// opensReason reports whether w and next, after a reason's opener, are the
// asker ("because I ...", "because I'd ...") or a pointer back at what is
// asked followed by a verb of being or a modal ("since that would ...").
func opensReason(w, next string) bool {
	return askersOwn[w] || w == "i'd" || w == "i'll" || reasonPointers[w] && (beAux[next] || modals[next])
}

// reasonWord is a field as opensReason reads it.
func reasonWord(f string) string {
	return strings.ToLower(strings.Trim(f, ",;:.?!"))
}

// withoutAskersReason returns the question without its last clause of
// the asker's reason (see above), and whether it had one.
func (e *Engine) withoutAskersReason(question string) (string, bool) {
	if !mayGiveReason(question) {
		return "", false
	}
	fields := strings.Fields(question)
	for i := len(fields) - 2; i > 2; i-- {
		w := strings.ToLower(strings.Trim(fields[i], ",;:"))
		next := ""
		if i+2 < len(fields) {
			next = reasonWord(fields[i+2])
		}
		if !reasonOpeners[w] || !opensReason(reasonWord(fields[i+1]), next) {
			continue
		}
		ws := sentenceWords(strings.Join(fields[i:], " "))
		if e.namesReportThing(askersOf(ws)) {
			return "", false
		}
		rest := strings.TrimRight(strings.Join(fields[:i], " "), ",;: ")
		if strings.HasSuffix(strings.TrimSpace(question), "?") {
			rest += "?"
		}
		return rest, true
	}
	return "", false
}

// answerPastReason answers question without its last clause of the
// asker's reason, when it has one and the rest answers.
func (e *Engine) answerPastReason(question string, tr *trace) (Answer, bool) {
	rest, ok := e.withoutAskersReason(question)
	if !ok {
		return Answer{}, false
	}
	return e.askedAs(question, rest, "asked without the asker's reason after it", tr)
}

// mayGiveReason reports whether question holds, after its first three
// words, an opener of reasonOpeners followed by a reason's subject
// (opensReason): whether
// withoutAskersReason can cut anything. It reads the words in place
// (nothing copied unless a word has a capital), as nearly every question
// gives no reason and was cut into fields for nothing.
func mayGiveReason(question string) bool {
	i, opener := 0, false
	subject := "" // the word after an opener, when a pointer
	for f := range strings.FieldsSeq(question) {
		if subject != "" || opener && i > 3 {
			// (a word lowered only after an opener: nearly every word
			// of a question is read no further)
			w := reasonWord(f)
			if subject != "" && opensReason(subject, w) || opener && i > 3 && opensReason(w, "") {
				return true
			}
			subject = ""
			if opener && i > 3 && reasonPointers[w] {
				subject = w
			}
		}
		opener = inLowered(reasonOpeners, strings.Trim(f, ",;:"))
		i++
	}
	return false
}

// askersOf returns a reason's words without what the asker says they know
// of ("as I confess my geography of that part of Russia is rather hazy",
// "since my knowledge about Korea is poor"): a "my" noun with "of" or
// "about" after it, up to the verb. The thing known of is the asker's
// state, not part of what is asked.
func askersOf(ws []string) []string {
	for i := 0; i+3 < len(ws); i++ {
		if ws[i] != "my" || ws[i+2] != "of" && ws[i+2] != "about" {
			continue
		}
		for j := i + 3; j < len(ws); j++ {
			if beAux[ws[j]] {
				return append(ws[:i:i], ws[j:]...)
			}
		}
	}
	return ws
}
