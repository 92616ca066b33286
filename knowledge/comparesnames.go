package knowledge

import "slices"

// "Which has more casualties, Russia or NK?" sets two names side by side:
// unlike a choice ("was it Russia or Ukraine?"), which one of them
// answers, it asks of both, and the report giving North Korea's losses
// says nothing of which is more. So neither the named guard nor the
// reading once per alternative takes one of them for the question.

// comparesNames reports whether the alternatives of the name t are set
// side by side ("which has more casualties, Russia or NK?"): then each is
// asked of, and an entry of one is no answer.
func comparesNames(ts []term, t term) bool {
	return t.kind == KindEntity && slices.ContainsFunc(ts, func(o term) bool { return o.text == compareTerm })
}
