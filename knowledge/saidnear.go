package knowledge

import (
	"slices"
	"strings"
)

// "What does Budanov say about the missiles?": the report tells of the
// missiles right after what Budanov conveyed, but says only that "it has
// been stated", not by whom. The entry that answers the topic alone is
// then the answer, with its attribution first, which says just that: the
// reader learns what the report has on the topic and that it is not
// given as Budanov's. Only an entry whose attribution names the person
// without making them its source is answered so; one the person said
// is answered by the ranking, and one whose attribution does not name
// them at all is no answer to what they said.

// saidNear answers a declined question of what one person said about a
// topic, when the entry of the topic alone is attributed to no one but
// names that person beside it.
func (e *Engine) saidNear(question string, an analysis, tr *trace) (Answer, bool) {
	if len(an.unknown) > 0 {
		return Answer{}, false
	}
	speaker, sayAt := -1, -1
	for i, t := range an.terms {
		switch {
		case t.kind == KindAct && t.text == "say" && sayAt < 0:
			sayAt = i
		case t.kind == KindEntity && e.referentInfo[t.text].class == "person":
			if speaker >= 0 {
				return Answer{}, false
			}
			speaker = i
		}
	}
	if speaker < 0 || sayAt < 0 {
		return Answer{}, false
	}
	var topic []string
	for i, w := range an.words {
		if in := func(t term) bool { return i >= t.pos && i < t.end }; in(an.terms[speaker]) || in(an.terms[sayAt]) {
			continue
		}
		topic = append(topic, w)
	}
	ta := e.answer(joinWords(topic), &trace{quiet: true})
	en, ok := e.byID[ta.EntryID]
	if !ta.Answered || ta.reread || !ok || slices.Contains(e.saidBy(an.terms[speaker].text), en) {
		return Answer{}, false
	}
	name := e.pack.Talk.Referents[slices.IndexFunc(e.pack.Talk.Referents, func(r Referent) bool { return r.Term == an.terms[speaker].text })].Name
	for _, at := range e.pack.Talk.Attribution {
		if at.Entry != ta.EntryID || !strings.Contains(at.SaidBy, name) {
			continue
		}
		tr.chose(ta.EntryID, "asks what "+name+" said of it: the report gives it beside them, as no one's")
		a := e.givenAnswer(question, en)
		a.Text = at.SaidBy + " " + a.Text
		return a, true
	}
	return Answer{}, false
}
