package knowledge

import (
	"slices"
	"strings"
)

// unaskedAnswered returns the share of the question's weight in its
// question words (who, where) that the entry lacks but answers by its own
// answer: a place it sends someone to or puts them in (answersWhere), or a
// name asked for ("which ... does the report name?", "the name of") that
// answersWho says it gives; not every "who" answersWho passes, whose
// looser readings the known words still check:
// "Which North Korean missile does the report name?" is answered by the
// entry about the KN-23, which names the missile though no way of asking
// it says "name". Such a word is no sign that the question is about
// something else, so the known-words guard does not count it lacking.
func (q *query) unaskedAnswered(ie *indexedEntry) float64 {
	if q.idf == nil {
		return 0
	}
	if q.weighed == nil {
		// once per question, not per entry: the unknown words and the
		// question's whole weight are the same for every entry
		q.weighed = make(map[string]bool, len(q.unknown))
		for _, u := range q.unknown {
			q.weighed[u] = true
		}
		for _, t := range q.unique {
			q.weight += termWeight(q.idf, q.maxIDF, t, q.weighed)
		}
	}
	unknown, total := q.weighed, q.weight
	var answered float64
	var seen []string
	for i, t := range q.terms {
		if t.kind != KindQuestion || ie.names(t.text) || slices.Contains(seen, t.text) {
			continue
		}
		if ie.answersWhere(q, i) || t.text == "who" && strings.HasPrefix(q.words[t.pos], "name") && ie.answersWho(q, i) || ie.partnerAnswered(q, t) {
			seen = append(seen, t.text)
			answered += termWeight(q.idf, q.maxIDF, t.text, unknown)
		}
	}
	if total == 0 {
		return 0
	}
	return answered / total
}
