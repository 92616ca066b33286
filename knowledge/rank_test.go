package knowledge

import "testing"

// The ranker alone, without the word-for-word lookup, agrees with the
// curation: each phrasing that carries meaning ranks its own entry first.
// A failure here means two entries overlap and a paraphrase of one may
// get the other.
func TestRankerAgreesWithCuration(t *testing.T) {
	e := testEngine(t)
	for _, en := range e.Pack().Entries {
		for _, q := range append([]string{en.Question}, en.Phrasings...) {
			an := e.an.analyze(q, true)
			terms := uniqueTerms(an.terms)
			if !an.asks() {
				continue // no meaning but its kind: found word for word only ("Where did you get this?")
			}
			cands := e.rank(terms, an, 3)
			if len(cands) == 0 {
				t.Errorf("%s: %q matches nothing", en.ID, q)
				continue
			}
			if got := e.pack.Entries[cands[0].entry].ID; got != en.ID {
				t.Errorf("%s: %q ranks %s first", en.ID, q, got)
			}
		}
	}
}
