package knowledge

import (
	"reflect"
	"strings"
	"testing"
)

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

func TestBigrams(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		in   string
		want []string
	}{
		{"first war since the 1950s", []string{"first war", "war sinc", "sinc 1950s"}},
		{"Russia improved North Korea's missiles", []string{"russia improve", "improve north_korea", "north_korea missile"}},
		{"Russia", nil},
		{"war war war", []string{"war war"}}, // each pair once
		{"first war, first war", []string{"first war", "war first"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			ts := e.an.analyze(tt.in, true).terms
			var got []string
			for _, bg := range appendBigrams(nil, ts) {
				got = append(got, strings.ReplaceAll(bg, bigramSep, " "))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("appendBigrams(%q) = %q, want %q", tt.in, got, tt.want)
			}
			// rank reads the same pairs, unjoined
			var pairs []string
			for a, b := range bigrams(ts) {
				pairs = append(pairs, a+" "+b)
			}
			if !reflect.DeepEqual(pairs, tt.want) {
				t.Errorf("bigrams(%q) = %q, want %q", tt.in, pairs, tt.want)
			}
		})
	}
}
