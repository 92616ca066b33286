package knowledge

import "slices"

// "who was the minister on the call?", "What is the name of the South
// Korean minister who made the proposal on a phone call?" ask who holds a
// post: an entry answers it, though it was never asked "who", where its
// answer names a person the question does not and speaks of the post
// itself ("South Korea's Foreign Minister Cho Tae-yul presented the
// proposal ... on a recent phone call"). A post the entry does not name
// ("who was the defence minister on the call?") is turned down by the
// named guard first. Asked "which country's minister", the answer must
// name a country the question does not.

// holderAsked reports whether the "who" at q.terms[i] asks who holds a
// post the question names, the role right after it or after "the name
// of", and the entry's answer names a person the question does not (a
// country, for "which country's").
func (ie *indexedEntry) holderAsked(q *query, i int) bool {
	t, ts, classes := q.terms[i], q.terms, q.classes
	if t.text != "who" || i+1 >= len(ts) {
		return false
	}
	j := i + 1
	for j < len(ts) && ts[j].kind == KindEntity && classes[ts[j].text] == "country" {
		j++ // "the South Korean minister"
	}
	if j >= len(ts) || ts[j].kind != KindRole || classes[ts[j].text] == "group" || !ie.names(ts[j].text) {
		return false
	}
	want := "person"
	if slices.ContainsFunc(q.words[t.pos:t.end], func(w string) bool { return countryWords[w] }) {
		want = "country" // "which country's head of defence intelligence ...?"
	}
	return slices.ContainsFunc(ie.answerNames, func(n string) bool {
		return classes[n] == want && !slices.ContainsFunc(ts, func(o term) bool { return o.text == n })
	})
}
