package knowledge

import "slices"

// "How confident is the article about the number of troops North Korea
// sent to Russia?" asks how sure the report is of a thing, not the thing:
// certainty.go reads it as "who says ...", or as the thing when its answer
// gives it as hearsay. When neither answers, the thing alone may still be
// answered by an entry whose attribution says how sure the report is of
// it ("not confirmed as such: reports from Kyiv and its allies suggest
// it"): that line, with its citations, is the answer. A thing no entry
// answers, or whose entry has no such line, stays declined.

// hedgeOf returns the entry whose attribution tells how sure the report
// is of rest, the thing a question of how sure asks of, when "who says"
// rest is not answered: the entry that answers rest read alone, as it
// stands (not a reading of it), with a certainty line.
func (e *Engine) hedgeOf(rest []string) (int, bool) {
	rest = tailAskedCut(rest)
	if e.answer(joinWords(append([]string{"who", "says"}, rest...)), &trace{quiet: true}).Answered {
		return 0, false
	}
	en, ok := e.entryAnswering(rest)
	if !ok || !e.attributed(en, func(at Attribution) bool { return at.Certainty != "" }) {
		return 0, false
	}
	return en, true
}

// firmOrWords, before "or", set a thing's being firm against its being
// only reported: "is X officially confirmed, or is it based on reports?",
// "is X stated as fact or only reported?".
var firmOrWords = setOf("confirmed", "verified", "official", "certain", "fact", "definite", "established")

// hedgeLeads are the words a firm word may follow that say how the thing
// is given, no part of it ("officially confirmed", "presented as fact").
var hedgeLeads = setOf("officially", "described", "presented", "stated", "given", "reported", "as", "a", "an", "plain", "confirmed")

// confirmedOr returns the thing a question "is X confirmed, or only
// reported?" asks how sure the report is of, when it asks that, after at
// most a few words of lead ("May I ask, is ..."): the words between its
// "is" and the firm word, which an "or" follows.
func confirmedOr(ws []string) ([]string, bool) {
	i := slices.IndexFunc(ws, func(w string) bool { return beAux[w] })
	if i < 0 || i > 4 {
		return nil, false
	}
	for j := i + 2; j+1 < len(ws); j++ {
		if !firmOrWords[ws[j]] {
			continue
		}
		if ws[j+1] != "or" {
			return nil, false
		}
		k := j
		for k > i+1 && hedgeLeads[ws[k-1]] {
			k--
		}
		if k-i-1 < 3 {
			return nil, false // "is that confirmed or ...": of the last answer
		}
		rest := ws[i+1 : k]
		if len(rest) > 4 && (rest[0] == "the" || rest[0] == "this" || rest[0] == "that") && tellingNouns[rest[1]] && (rest[2] == "about" || rest[2] == "that" || rest[2] == "of") {
			// "the information about North Korea sending troops": what
			// it is about
			rest = rest[3:]
		}
		return rest, true
	}
	return nil, false
}

// tellingNouns name what is told of a thing ("the information about").
var tellingNouns = setOf("information", "news", "claim", "story", "idea", "report", "statement")
