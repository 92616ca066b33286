package knowledge

import (
	"slices"
	"strings"
)

// The guards of what a question is about and what it asks for: a name, a
// role, a number, a kind of answer, a thing counted or measured. The entry
// must speak of it itself.

// namedGuard: "How many North Korean POWs are there?" is not answered by
// how many troops North Korea sent: a question naming an entity, a role, a
// key word or a number is about that, and a neighbour is not an answer. The entry must name it
// itself, in its question, answer or phrasings: its quotes name bystanders
// ("Kyiv and its allies ... South Korea"). One of alternatives is enough
// ("Russia or Ukraine").
var namedGuard = guard{
	name:    "named",
	example: "How many North Korean POWs are there?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		for _, t := range q.terms {
			if (t.kind == KindEntity || t.kind == KindKey || t.kind == KindRole || isNumber(t.text)) && !ie.names(t.text) && !eitherNamed(q.terms, t, ie.names) {
				return "entry does not speak of " + t.text
			}
		}
		return ""
	},
}

// kindOfAnswerGuard: "Why did Cho call Ukraine?" is not answered by how he
// made the proposal: a question of a kind (how many, when, where, who,
// why) is answered only by an entry of that kind, unless the entry answers
// it without being asked it (see answersWho).
var kindOfAnswerGuard = guard{
	name:    "kind-of-answer",
	example: "Why did Cho call Ukraine?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		for i, t := range q.terms {
			if t.kind == KindQuestion && !ie.names(t.text) && !eitherNamed(q.terms, t, ie.names) && !ie.answersWho(q, i) {
				return "entry does not speak of " + t.text
			}
		}
		return ""
	},
}

// names reports whether the entry speaks of the term t itself, in its
// question, answer or phrasings, not only in its quotes.
func (ie *indexedEntry) names(t string) bool { return ie.bag[t] >= phrasingWeight }

// answersWho reports whether the entry answers the "who" kind of question
// q.terms[i] without being asked it: "Who said North Korea is gaining
// experience?" by an entry that says who says so; "Whose welfare do they
// discuss?" ("the welfare of whom?") by the entry about that welfare, which
// says whose.
func (ie *indexedEntry) answersWho(q *query, i int) bool {
	t, ts, ws := q.terms[i], q.terms, q.words
	switch {
	case i+1 < len(ts) && len(ie.doneBy[ts[i+1].text]) > 0 && ts[i+1].pos <= t.end+1:
		return true
	case ws[t.pos] == "whose" && i+1 < len(ts) && ts[i+1].pos == t.end && ie.names(ts[i+1].text):
		return true
	case ws[t.pos] == "whom" && i > 0 && before(ws, t.pos) == "of" && ts[i-1].end == t.pos-1 && ie.names(ts[i-1].text):
		return true
	}
	return false
}

// eitherNamed reports whether t is one of alternatives ("Russia or
// Ukraine") another of which the entry names: one of them is enough.
func eitherNamed(ts []term, t term, named func(string) bool) bool {
	if t.either == 0 {
		return false
	}
	for _, o := range ts {
		if o.either == t.either && named(o.text) {
			return true
		}
	}
	return false
}

// countedGuard: "What casualty figure was reported for Russian forces?" is
// not answered by how many troops North Korea sent to bolster them: what a
// question counts, the entry must count (see counted).
var countedGuard = guard{
	name:       "counted",
	relational: true,
	example:    "What casualty figure was reported for Russian forces?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if q.counted != "" && !ie.names(q.counted) {
			return "entry counts no " + q.counted
		}
		return ""
	},
}

// peopleGuard: "How many Ukrainians are in Kursk?" counts Ukrainians: an
// entry that counts North Korean soldiers, and names Ukraine as their
// reporter, is no answer. The entry must write the people's name before a
// word ("Ukrainian soldiers", see entryFacts.whose).
var peopleGuard = guard{
	name:       "people",
	relational: true,
	example:    "How many Ukrainians are in Kursk?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		for _, p := range q.people {
			if !ie.qualifies(p) {
				return "entry counts no " + p + " people"
			}
		}
		return ""
	},
}

// qualifies reports whether the entry writes the entity before any word
// ("North Korean soldiers").
func (ie *indexedEntry) qualifies(entity string) bool {
	for _, m := range ie.whose {
		if m[entity] {
			return true
		}
	}
	return false
}

// oneSentenceGuard: a question with two key words or numbers asks for a
// fact that has both, which one sentence the entry cites must give: "How
// many were injured in February?" is not answered by a toll of killed or
// injured as of January and one of deaths by February. A number of the
// date the entry's facts hold for ("early February 2025") is the fact's,
// whether its sentence writes it or not.
var oneSentenceGuard = guard{
	name:       "one-sentence",
	relational: true,
	example:    "How many North Korean soldiers were wounded in February?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		given := func(k string) bool { return slices.Contains(ie.asOf, k) }
		n := 0
		for _, k := range q.keys {
			if !given(k) {
				n++
			}
		}
		if n < 2 || slices.ContainsFunc(ie.citedKeys, func(cited []string) bool {
			return !slices.ContainsFunc(q.keys, func(k string) bool { return !given(k) && !slices.Contains(cited, k) })
		}) {
			return ""
		}
		keys := slices.DeleteFunc(slices.Clone(q.keys), given)
		return "no one sentence it cites has " + strings.Join(keys, " with ")
	},
}

// learnCitedKeys learns the key words and numbers of a quote: the measures
// and dates the report gives together.
func (f *entryFacts) learnCitedKeys(quote analysis) {
	f.citedKeys = append(f.citedKeys, keyTerms(quote.terms))
}

// asOfNumbers are the numbers of the date an entry's facts hold for ("early
// February 2025"): a year the quote leaves out is still the fact's.
func asOfNumbers(asOf string) []string {
	var out []string
	for _, w := range splitWords(asOf) {
		if isNumber(w) {
			out = append(out, w)
		}
	}
	return out
}

// askedForGuard: "Which reports indicate North Korea's involvement?" is not
// answered by what South Korea's readiness indicates: the thing a "which"
// or "what" asks for, the entry must speak of (see askedFor).
var askedForGuard = guard{
	name:       "asked-for",
	relational: true,
	example:    "Which reports indicate North Korean involvement?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if q.askedFor != "" && !ie.names(q.askedFor) {
			return "entry does not speak of " + q.askedFor
		}
		return ""
	},
}

// kindAskedGuard: "Is the KN-23 a cruise missile?": the report never says
// what kind of thing a name is, in a word the pack does not know, which is
// what such a question asks (see kindAsked). No entry answers it.
var kindAskedGuard = guard{
	name:       "kind-asked",
	relational: true,
	example:    "Is the KN-23 a cruise missile?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if q.kindAsked {
			return "the report does not say what kind " + q.terms[0].text + " is"
		}
		return ""
	},
}

// identityGuard: "Who are the North Korean POWs?" is not answered by who
// proposed accepting them: an entry says who someone is only where its
// ways of asking ask it (see identity).
var identityGuard = guard{
	name:       "identity",
	relational: true,
	example:    "Who are the North Korean POWs?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if q.identity != "" && !ie.identities[q.identity] {
			return "entry does not say who " + q.identity + " is"
		}
		return ""
	},
}

// learnIdentity learns whom a way of asking the entry asks "who is" of.
func (f *entryFacts) learnIdentity(asked analysis) {
	if x, ok := identity(asked.words, asked.terms); ok {
		f.identities[x] = true
	}
}

// scopeGuard: "Where will the POWs live in South Korea?" is not answered
// by "in South Korea", but "Where in Russia?" is by "in Kursk": a place
// within the one asked about, which the entry's answer must give (see
// scopes).
var scopeGuard = guard{
	name:       "scope",
	relational: true,
	example:    "Where will the POWs live in South Korea?",
	check: func(q *query, c *candidate, ie *indexedEntry) string {
		if len(q.scopes) > 0 && !slices.ContainsFunc(ie.places, func(p string) bool { return !slices.Contains(q.scopes, p) }) {
			return "entry gives no place within " + strings.Join(q.scopes, " or ")
		}
		return ""
	},
}

// learnPlaces learns the names the entry's answer puts someone in or sends
// them to ("fighting in Kursk", "sent to Russia").
func (f *entryFacts) learnPlaces(answer analysis) {
	f.places = placesAfter(answer.words, answer.terms, into)
}
