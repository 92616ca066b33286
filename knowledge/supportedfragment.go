package knowledge

import "slices"

// "South Korea is backing which side?" "and russia?": merged, the
// fragment asks which side Russia backs, and Russia is a side the report
// only has others back, never one that backs; what the asker wants is
// who is on its side. So a name alone, after a question of whom someone
// supports, that the report's answers give only as supported is asked as
// who supports it ("who supports russia"); a name the report also has
// support others is left to the merge (see supportdir.go for the facts).

// supportedInstead answers f, a fragment of one name not answered as
// merged, as who supports that name, when the last question asked whom
// someone supports and the report has the name only supported. ok is
// false otherwise, or when that question or this one is not answered:
// after a question of whom someone supports that was declined, there is
// no side the name is asked instead of.
func (e *Engine) supportedInstead(c Conversation, f analysis, tr *trace) (Answer, Conversation, bool) {
	if !baseAnswered(c) || len(f.terms) != 1 || f.terms[0].kind != KindEntity || len(f.unknown) > 0 {
		return Answer{}, c, false
	}
	base := tr.analyzeWords(e.an, c.base, true, false) // (often the reading seeded)
	if !slices.ContainsFunc(base.terms, func(t term) bool { return t.text == supportTerm }) ||
		!slices.ContainsFunc(base.terms, func(t term) bool { return t.kind == KindQuestion && t.text == "who" }) {
		return Answer{}, c, false
	}
	name := f.terms[0].text
	supported := false
	for _, ie := range e.entries {
		if ie.support.supporters[name] {
			return Answer{}, c, false // one the report has back others
		}
		supported = supported || ie.support.supported[name]
	}
	if !supported {
		return Answer{}, c, false
	}
	rw := slices.Concat([]string{"who", "supports"}, f.words[f.terms[0].pos:f.terms[0].end])
	return e.answerInstead(c, rw, "a name the report has only supported, after whom someone supports", tr)
}
