package knowledge

import "slices"

// lossSufferers returns who suffers the loss deed d asks of, as the entry
// gives it, when the entry records no one doing it: a loss noun asked as
// done ("did Ukraine suffer losses?", with a verb of loss) is suffered by
// whose the entry's losses are (North Korea's), while "did Ukraine give
// casualty numbers", of no verb of loss, asks no loss done; a verb of loss
// ("how many casualties did Ukraine sustain?") is suffered by whose the
// question's losses are in the entry (see sufferedBy).
func lossSufferers(q *query, d queryDeed, ie *indexedEntry) map[string]bool {
	if q.usage.losses[d.act] && slices.ContainsFunc(q.words, func(w string) bool { return lossVerbs[w] }) {
		if doers := ie.whose[d.act]; len(doers) > 0 {
			return doers
		}
	}
	if lossVerbs[d.act] {
		return sufferedBy(q, ie)
	}
	return nil
}

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
