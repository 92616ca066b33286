package knowledge

import "slices"

// A clear lead answers below the threshold. A question in words of its
// own ("Which time-reference applies to the troop-dispatch to Russia:
// this year or last?") can score under the threshold, and cover under
// minCoverage, although its entry ranks far ahead of every other: many of
// its terms agree on the one entry. Lowering the threshold would answer
// the near misses too, and those are mostly short questions ("How many
// tanks did North Korea send?"), or ones with a word the pack does not
// know among the words it does know: the word the question is really
// about. So the entry ranked first is let past the score and coverage
// guards, and no other guard, only when all of these hold:
//
//   - its score is at least leadFloor of the threshold, and at least
//     leadMargin above the second entry's;
//   - the question has at least leadTerms terms, so that the margin is
//     the agreement of many of them, not of two or three;
//   - every word the pack does not know comes before every word it
//     knows: a preamble ("oppa's gonna quiz me on this lol, how did ..."),
//     not a word of what is asked.
//
// The values were read off every set's items answered this way, against
// the verdicts they got (see docs/engine.md).
const (
	leadFloor  = 0.75
	leadMargin = 0.2
	leadTerms  = 5
)

// setLead records the entry cands ranks first and its margin over the
// second, for clearLead; nil clears it.
func (q *query) setLead(cands []candidate) {
	q.lead, q.leadMargin = 0, 0
	if len(cands) == 0 {
		return
	}
	q.lead, q.leadMargin = cands[0].entry+1, cands[0].score
	if len(cands) > 1 {
		q.leadMargin -= cands[1].score
	}
}

// clearLead reports whether c is the entry ranked first with a lead clear
// enough to answer below the threshold (see above). An entry at or above
// the threshold is no such lead: one that covers too little of the
// question stays turned down ("On what date were the KN-23 accuracy
// improvements first observed?" is not asked of what Russia did to them).
// Nor is a sentence of the report, asked when no curated entry answers
// (fallback.go): its ranking has no threshold to fall short of, and its
// own guards weigh how much of the question it holds.
func (q *query) clearLead(c *candidate, ie *indexedEntry) bool {
	if ie.sentence != nil || c.entry+1 != q.lead || c.score >= q.threshold || c.score < leadFloor*q.threshold || q.leadMargin < leadMargin || len(q.unique) < leadTerms {
		return false
	}
	if len(q.unknown) == 0 {
		return true
	}
	first := -1 // the first word of a term the pack knows
	for _, t := range q.terms {
		if !slices.Contains(q.unknown, t.text) && (first < 0 || t.pos < first) {
			first = t.pos
		}
	}
	for _, t := range q.terms {
		if slices.Contains(q.unknown, t.text) && t.pos > first {
			return false
		}
	}
	return true
}
