package knowledge

import "slices"

// A nationality alone after a question of who someone is ("who is kyrylo
// budanov" "russian?") asks whether that person is of it, which the
// country the person is from answers: a fragment of no question word,
// which alone would ask of the country, not of the person.

// nationalityOf returns the question a bare nationality adjective asks
// after a question of who a person is ("which country is kyrylo budanov
// from"); ok
// is false for any other message, or when the last question asked no
// person's identity.
func (e *Engine) nationalityOf(c Conversation, ws []string) ([]string, bool) {
	if len(ws) != 1 || len(c.base) == 0 {
		return nil, false
	}
	an := e.an.analyzeWords(ws, true)
	if len(an.terms) != 1 || len(an.unknown) > 0 {
		return nil, false
	}
	if t := an.terms[0]; t.kind != KindEntity || !t.qualifier || t.pos != 0 || t.end != len(ws) {
		return nil, false
	}
	last := e.an.analyzeWords(c.base, true)
	who, ok := identity(last.words, last.terms)
	if !ok || who == "" {
		return nil, false
	}
	at := slices.IndexFunc(last.terms, func(t term) bool { return t.text == who && t.person })
	if at < 0 {
		return nil, false
	}
	p := last.terms[at]
	return slices.Concat([]string{"which", "country", "is"}, last.words[p.pos:p.end], []string{"from"}), true
}
