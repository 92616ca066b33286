package knowledge

import "slices"

// A follow-up "and more coming?" after "how many troops did kim send?"
// asks of more of what was just counted, not of the count again: merged
// as a fragment, its "more" only replaces a word of the last question,
// and what is asked (whether more troops come) is lost. Read instead as
// the fragment with the thing counted after its "more" ("more troops
// coming"), it is a question the engine answers, or declines, as it
// would if asked whole. Only of a count of those sent, and answered:
// "more coming?" after "how many soldiers were captured?" asks of no more
// captured, and after a count the report does not give there is nothing
// "more" is of. And only a fragment that says what of more it asks
// ("more coming?"): "any more?" asks for more answers, not more troops.

// moreOfCounted answers fws, a fragment not answered as merged, as a
// question of more of what the last question counted, when it says
// "more" of nothing it names itself. ok is false when it is no such
// fragment or the question it reads as is not answered.
func (e *Engine) moreOfCounted(c Conversation, fws []string, tr *trace) (Answer, Conversation, bool) {
	if !baseAnswered(c) {
		return Answer{}, c, false
	}
	rw, ok := e.moreCountedWords(c.base, fws, tr)
	if !ok {
		return Answer{}, c, false
	}
	return e.answerInstead(c, rw, "more of what the last question counted", tr)
}

// moreCountedWords returns fws with the thing base counts ("troops" of
// "how many troops ...") after its word of more. ok is false when fws
// has no such word, or names a thing of its own after it, or base asks
// no count of a thing sent, or fws says nothing of the more but "more".
func (e *Engine) moreCountedWords(base, fws []string, tr *trace) ([]string, bool) {
	if len(base) == 0 || len(fws) > 5 {
		return nil, false
	}
	_, rest, _ := cutLead(fws)
	at := slices.IndexFunc(rest, func(w string) bool { return moreWords[w] })
	if at < 0 {
		return nil, false
	}
	fr := tr.analyzeWords(e.an, rest, true, false)
	said := false
	for i, w := range rest {
		said = said || !moreWords[w] && !quantifiers[w] && !slices.ContainsFunc(fr.terms, func(t term) bool {
			return t.kind == KindFiller && t.pos <= i && i < t.end
		})
	}
	if !said {
		return nil, false // "any more?": more of nothing said
	}
	if slices.ContainsFunc(fr.terms, func(t term) bool {
		return t.kind == KindEntity || t.kind == KindRole || t.kind == KindQuestion || t.kind == KindKey && t.pos > at
	}) || len(fr.unknown) > 0 {
		return nil, false // "more troops?", "how many more?", "more in kursk?": asks of its own
	}
	b := tr.analyzeWords(e.an, base, true, false) // (often the reading seeded)
	if !slices.ContainsFunc(b.terms, func(t term) bool { return t.text == sendTerm }) {
		return nil, false // "how many soldiers were captured?": no more of them coming
	}
	for i, t := range b.terms {
		if t.kind != KindQuestion || t.text != howMany || i+1 >= len(b.terms) {
			continue
		}
		n := b.terms[i+1]
		if n.kind != KindRole || n.pos != t.end {
			return nil, false // "how many did they send": of no thing named
		}
		out := slices.Clone(rest[:at+1])
		out = append(out, base[n.pos:n.end]...)
		return append(out, rest[at+1:]...), true
	}
	return nil, false
}
