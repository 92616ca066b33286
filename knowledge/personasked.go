package knowledge

import "slices"

// asksPerson reports whether the "who" term t asks for a person by a noun
// of one ("which minister", "what official", "the guy who"): a country
// or a side is no answer to it.
func asksPerson(ws []string, t term) bool {
	return slices.ContainsFunc(ws[t.pos:t.end], func(w string) bool { return describesPerson[w] || w == "person" })
}

// doers returns those of names who may answer the "who" term t: all of
// them, but when t asks a person by a noun of one, none that is a
// country ("which minister for South Korea talks about accepting the
// POWs?" is not answered by the talks Ukraine holds).
func (q *query) doers(names map[string]bool, ws []string, t term) map[string]bool {
	if !asksPerson(ws, t) {
		return names
	}
	out := map[string]bool{}
	for n := range names {
		if q.classes[n] != "country" {
			out[n] = true
		}
	}
	return out
}
