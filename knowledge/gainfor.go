package knowledge

import "slices"

// gainNouns are the nouns of what one gets out of a thing ("a benefit
// for Ukraine"): the name after their "for" is who gets it, who then
// does the gaining, not one it is done to or for as "support for
// Ukraine" is.
var gainNouns = setOf("benefit", "benefits", "advantage", "advantages", "gain", "gains", "payoff", "upside", "reward", "rewards", "dividend", "dividends")

// gainersFor returns the names a question puts after "for" and a gain
// noun ("the strategic benefit for Ukraine", "advantages for Russia").
func gainersFor(ws []string, ts []term) []string {
	var out []string
	for _, o := range objects(ws, ts, true) {
		i := slices.IndexFunc(ts, func(t term) bool { return t.text == o[0] && t.kind == KindWord })
		if i < 0 || !slices.ContainsFunc(ws[ts[i].pos:ts[i].end], func(w string) bool { return gainNouns[w] }) {
			continue
		}
		out = append(out, o[1])
	}
	return out
}

// gainerGuard: "What is the strategic benefit for Ukraine?" is not
// answered by what North Korea gains: the one a gain is for, the entry
// must speak of as doing something, as a question of what Ukraine gains
// asks (see subjectActsGuard).
var gainerGuard = guard{
	name:       "gainer",
	relational: true,
	example:    "What is the strategic benefit for Ukraine?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if len(q.objects) == 0 {
			return ""
		}
		for _, g := range gainersFor(q.words, q.terms) {
			if !ie.acting[g] {
				return "entry does not speak of " + g + " gaining anything"
			}
		}
		return ""
	},
}
