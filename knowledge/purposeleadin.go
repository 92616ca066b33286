package knowledge

import "strings"

// A reader may open a one-sentence question with what they want it for,
// set apart by a comma: "yo so for my poli sci seminar, whats the deal w
// seoul and the nk POWs, tldr?". The lead-in's words ("poli", "sci",
// "seminar") are none of the report's and sink the question after it, and
// a question word written with its "is" ("whats") opens no question after
// a premise (again.go reads "what's" only). So a message the whole of
// which is not answered is asked again after its first comma, when the
// lead-in before it opens with "for" and the asker ("for my seminar",
// "so for our class"), past words that only move the talk on, names none
// of the report's people, countries or bodies, nor a role, and the words
// after it open a question. A lead-in that names one ("for my friend who
// says NK sent 5,000, ...") is part of what is asked, and stays.

// pastPurposeLeadIn returns the question after the asker's lead-in of
// purpose (see above), and whether it has one.
func (e *Engine) pastPurposeLeadIn(question string) (string, bool) {
	i := strings.IndexByte(question, ',')
	if i < 0 {
		return "", false
	}
	lead := sentenceWords(question[:i])
	for len(lead) > 1 && movesOn[lead[0]] {
		lead = lead[1:]
	}
	if len(lead) < 3 || lead[0] != "for" || !askersOwn[lead[1]] || e.namesReportThing(lead) {
		return "", false
	}
	rest := strings.TrimSpace(question[i+1:])
	ws := sentenceWords(rest)
	if len(ws) == 0 || !(questionStarts[ws[0]] || whIs[ws[0]]) {
		return "", false
	}
	return rest, true
}
