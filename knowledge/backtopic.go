package knowledge

import "slices"

// "Going back to the rockets, what were they called again?": the topic
// returned to is what the question's pronoun stands for. Read as one
// question, "they" names nothing in it (the conversation's last answer may
// be of something else), and "called" of nobody asks who; with the topic
// in its place ("what were the rockets called again") it asks the
// missiles' name, which the report gives.

// backTopic returns the question after a topic returned to (ws, after
// "back to") with the topic in the place of its one "they" or "it", when
// it has one and the topic is a name or a thing the pack knows.
func (e *Engine) backTopic(ws []string) ([]string, bool) {
	k := slices.IndexFunc(ws, func(w string) bool { return whWords[w] || questionStarts[w] && w != "in" })
	if k < 1 || k > 4 {
		return nil, false
	}
	topic, clause := ws[:k], ws[k:]
	refs := findReferences(clause)
	if len(refs) != 1 || refs[0].poss || refs[0].want != "they" && refs[0].want != "it" {
		return nil, false
	}
	an := e.an.analyzeWords(topic, true)
	if len(an.terms) == 0 || len(an.unknown) > 0 || slices.ContainsFunc(an.terms, func(t term) bool {
		return t.kind != KindEntity && t.kind != KindRole && t.kind != KindWord
	}) {
		return nil, false
	}
	r := refs[0]
	return slices.Concat(clause[:r.at:r.at], topic, clause[r.end:]), true
}
