package knowledge

import "slices"

// A premise may name a person by a post alone, with no name ("The emissary
// who phoned the offer through: what is his ministerial portfolio?", "the
// minister who made the offer, what did he say?"): the question's "he" or
// "his" is the one who holds it, and asked of the post the question has
// something to ask of; left as it is, "his" names nothing.

// rolePronoun returns ws with its person pronouns put as the last post the
// premise pr names, when pr names no one by name (resolve has no person)
// and exactly one post; ok is false otherwise.
func rolePronoun(ws []string, pr analysis) (out []string, ok bool) {
	if !slices.ContainsFunc(ws, func(w string) bool { return personPronouns[w] }) {
		return nil, false
	}
	var roles [][]string
	for _, t := range pr.terms {
		if t.kind == KindRole && !slices.ContainsFunc(roles, func(r []string) bool { return slices.Equal(r, pr.words[t.pos:t.end]) }) {
			roles = append(roles, pr.words[t.pos:t.end])
		}
	}
	if len(roles) != 1 {
		return nil, false
	}
	for _, w := range ws {
		if personPronouns[w] {
			out = append(out, roles[0]...)
		} else {
			out = append(out, w)
		}
	}
	return out, true
}
