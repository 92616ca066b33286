package knowledge

// sufferedBy returns whose the losses a question asks of are, as the
// entry gives them, when it asks who suffered them: "how many casualties
// did Ukraine sustain?" asks Ukraine's losses, and an entry that records
// no one suffering them ("Ukraine reported that over 3,000 North Korean
// soldiers were killed or injured") but has the casualties North
// Korea's does not answer it; it would answer "how many casualties did
// North Korea suffer?". Nil when the entry gives the losses as no one's.
func sufferedBy(q *query, ie *indexedEntry) map[string]bool {
	var out map[string]bool
	for _, t := range q.terms {
		if !q.usage.losses[t.text] {
			continue
		}
		for o := range ie.whose[t.text] {
			if out == nil {
				out = map[string]bool{}
			}
			out[o] = true
		}
	}
	return out
}
