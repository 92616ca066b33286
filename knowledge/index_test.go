package knowledge

import (
	"maps"
	"slices"
	"strings"
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

func TestCutAsides(t *testing.T) {
	tests := []struct{ in, want, asides string }{
		{"Over 3,000. (By early February, about 4,000.)", "Over 3,000. ", "By early February, about 4,000."},
		{"Last year (2024) and (2025) too", "Last year  and  too", "2024|2025"},
		{"No aside here.", "No aside here.", ""},
		{"An open (paren without end", "An open (paren without end", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, asides := cutAsides(tt.in)
			if got != tt.want || strings.Join(asides, "|") != tt.asides {
				t.Errorf("cutAsides(%q) = %q, %q; want %q, %q", tt.in, got, asides, tt.want, tt.asides)
			}
		})
	}
}

// TestAsideIsNotWhatAnEntryNames checks that a figure an answer gives
// only in parentheses, as context, is not one the entry names: the
// January figure's answer mentions February's 4,000 in an aside.
func TestAsideIsNotWhatAnEntryNames(t *testing.T) {
	e := testEngine(t)
	ie := &e.entries[e.byID["losses-january"]]
	if !strings.Contains(e.Pack().Entries[e.byID["losses-january"]].Answer, "(By early February, about 4,000") {
		t.Fatal("the January answer no longer has the February figure in an aside; pick another example")
	}
	if ie.names("4000") {
		t.Error("losses-january names 4000, which its answer gives only in an aside")
	}
	if !ie.names("3000") {
		t.Error("losses-january does not name 3000, its own figure")
	}
}
