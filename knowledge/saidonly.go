package knowledge

import "slices"

// A question that asks only what one of the report's sources said ("what
// did the US say?", "did the US say anything?"), naming no topic, asks
// for what the report has them say. When the report has them say one
// thing only (the United States is one of Kyiv's allies whose reports say
// North Korea sent troops), that is the answer: the entry that gives
// those words and names them. A source the report has say several things
// (Ukraine: the deployment, the casualties, its intelligence chief's
// words) is not guessed at, and a question with a topic of its own ("what
// did the US say about the POW proposal?") is left to the ranking, which
// declines what the report does not give. Nor is an office of a country
// ("the White House", "the Pentagon") the country: the report has reports
// from the United States, not anything its offices said. The words that
// name an office are the pack's ([usage] offices).

// saidOnly answers a declined question that asks only what one source
// said, when the report's citations have that source say one thing.
func (e *Engine) saidOnly(question string, an analysis, tr *trace) (Answer, bool) {
	if len(an.unknown) > 0 {
		return Answer{}, false
	}
	says, speaker := false, ""
	for _, t := range an.terms {
		switch {
		case t.kind == KindAct && t.text == "say" && !says:
			says = true
		case t.kind == KindEntity && speaker == "" && !says:
			if e.namesOffice(an, t) != "" {
				return Answer{}, false // "the White House", "the US government"
			}
			speaker = t.text
		case t.kind == KindFiller || t.kind == KindFrame:
		default:
			// a topic ("about the proposal": the ranking declines what
			// they are not said to have said of it), a kind of answer
			// ("when did the US say it?"), another act
			return Answer{}, false
		}
	}
	if cl := e.referentInfo[speaker].class; cl != "country" && cl != "body" && cl != "person" && cl != "group" {
		return Answer{}, false // a thing or a place says nothing ("what does the KN-23 thing say?")
	}
	said := e.saidBy(speaker)
	if !says || len(said) == 0 {
		return Answer{}, false
	}
	// the quotes the report has them say, each once
	var quotes []string
	for _, at := range e.pack.Talk.Attribution {
		if i, ok := e.byID[at.Entry]; !ok || !slices.Contains(said, i) {
			continue
		}
		for _, ct := range at.SaidByCite {
			if !slices.ContainsFunc(e.an.analyze(ct.Quote, false).terms, func(t term) bool { return t.text == speaker }) {
				continue // said of them, not by them
			}
			if !slices.Contains(quotes, ct.Quote) {
				quotes = append(quotes, ct.Quote)
			}
		}
	}
	if len(quotes) != 1 {
		return Answer{}, false
	}
	for _, i := range said {
		if slices.ContainsFunc(e.answerTerms(i), func(t term) bool { return t.text == speaker }) {
			tr.chose(e.pack.Entries[i].ID, "asks only what "+speaker+" said, and the report has them say one thing")
			return e.givenAnswer(question, i), true
		}
	}
	return Answer{}, false
}

// wholeCountry are the institution words that name a country whole
// ("Russia's side", "the country"), not an office of it.
var wholeCountry = setOf("side", "sides", "country", "nation")

// namesOffice returns the word of entity term t that makes it an office or
// an arm of a country ("the Pentagon", "the State Department", "the US
// government") rather than the country itself, or "".
func (e *Engine) namesOffice(an analysis, t term) string {
	for _, w := range an.words[t.pos:min(t.end, len(an.words))] {
		if e.an.usage.offices[w] || institutions[w] && !wholeCountry[w] {
			return w
		}
	}
	return ""
}
