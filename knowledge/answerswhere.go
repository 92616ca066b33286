package knowledge

import "slices"

// answersWhere reports whether the entry answers the "where" of a question
// q.terms[i] without being asked it: its answer puts someone in, or sends
// them to, a place the question does not name ("Where did North Korea send
// its soldiers last year?" is answered by "dispatched military personnel to
// Russia last year", asked when). A place the question names is no answer
// to where ("Where in Russia?" of "sent to Russia"); and asked where one is
// ("where was Cho when he presented it?"), only a place the entry puts
// someone in answers, not one a thing goes to ("presented the proposal ...
// to Ukraine"). A form of "be" before a participle of sending is the
// passive of sending, asked where to ("Where were North Korean soldiers
// sent last year?"); the participles of sending are the pack's ([usage]
// sending).
func (ie *indexedEntry) answersWhere(q *query, i int) bool {
	t := q.terms[i]
	if t.text != whereTerm {
		return false
	}
	if slices.Contains(q.words[t.end:], "from") {
		return false // "where did he make the call from?" asks whence, not where to
	}
	places := ie.places
	if t.end < len(q.words) && beAux[q.words[t.end]] && !slices.ContainsFunc(q.words[t.end+1:], func(w string) bool { return q.usage.sending[w] }) {
		places = ie.located
	}
	return slices.ContainsFunc(places, func(p string) bool {
		return !slices.ContainsFunc(q.terms, func(o term) bool { return o.text == p })
	})
}

// locatedIn are the prepositions before a place someone is in, not sent
// to.
var locatedIn = setOf("in", "inside", "within", "at")
