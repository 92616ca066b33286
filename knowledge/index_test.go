package knowledge

import (
	"maps"
	"slices"
	"testing"
)

// TestPackMadeByHand checks that a Pack built without Load, which has no
// analyzer or phrasings read by validation, is indexed as a loaded one.
func TestPackMadeByHand(t *testing.T) {
	loaded := testEngine(t)
	lp := loaded.Pack()
	byHand := NewEngine(&Pack{Title: lp.Title, Paragraphs: lp.Paragraphs, SourceLine: lp.SourceLine,
		Source: lp.Source, Entries: lp.Entries, Synonyms: lp.Synonyms})
	if got, want := len(byHand.exact), len(loaded.exact); got != want {
		t.Errorf("%d phrasings read word for word, want %d as loaded", got, want)
	}
	for _, q := range []string{"Who is Cho Tae-yul?", "how many nk troops died", "What is the KN-23?", "How many Russian soldiers died?"} {
		t.Run(q, func(t *testing.T) {
			got, want := byHand.Answer(q), loaded.Answer(q)
			if got.EntryID != want.EntryID || got.Answered != want.Answered || got.Confidence != want.Confidence {
				t.Errorf("Answer(%q) = %s %v %.2f by hand, %s %v %.2f loaded", q, got.EntryID, got.Answered, got.Confidence, want.EntryID, want.Answered, want.Confidence)
			}
		})
	}
}

// TestIndexingLearnsNoWords checks that every word indexing reads was read
// at load: the typo index, built beside the entries' index from the words
// of the load, is then complete, and need not be built again.
func TestIndexingLearnsNoWords(t *testing.T) {
	e := testEngine(t)
	if got := slices.Sorted(maps.Keys(e.an.stems)); len(got) > 0 {
		t.Errorf("indexing stemmed words the load had not read: %q", got)
	}
}
