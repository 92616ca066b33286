package knowledge

import (
	"slices"
	"testing"
)

// The follow-ups read an entry's answer from the table built at load: the
// table must say what reading the answer says.
func TestAnswerFacts(t *testing.T) {
	e := testEngine(t)
	for i, en := range e.pack.Entries {
		t.Run(en.ID, func(t *testing.T) {
			f := e.facts[i]
			an := e.an.analyze(en.Answer, false)
			n := 0
			for _, tm := range an.terms {
				if isFigure(tm.text) {
					n++
				}
				if tm.kind == KindEntity && tm.pos > 0 && an.words[tm.pos-1] == "to" && !slices.Contains(f.sentTo, tm.text) {
					t.Errorf("sentTo = %v, want it to hold %s", f.sentTo, tm.text)
				}
			}
			if f.figures != n {
				t.Errorf("figures = %d, want %d", f.figures, n)
			}
			for _, w := range an.words {
				if !f.stems[snowball(w)] {
					t.Errorf("stems lack %q", w)
				}
			}
			if k, ok := asOfKey(en.AsOf); k != f.asOf || ok != f.asOfOK {
				t.Errorf("asOf = %d, %v, want %d, %v", f.asOf, f.asOfOK, k, ok)
			}
		})
	}
	// Fixed readings, so that the table cannot pass by agreeing with a
	// reading gone wrong: the aside's figure is counted, not a main one.
	for _, tt := range []struct {
		entry   string
		figures int
		main    []string
		sentTo  string
	}{
		{"losses-january", 3, []string{"3000"}, ""}, // "Over 3,000: ... over 3,000 ... (... about 4,000 ...)"
		{"more-troops", 0, nil, "russia"},
	} {
		t.Run("fixed "+tt.entry, func(t *testing.T) {
			f := e.facts[e.byID[tt.entry]]
			if f.figures != tt.figures || !slices.Equal(f.main, tt.main) {
				t.Errorf("figures, main = %d, %v, want %d, %v", f.figures, f.main, tt.figures, tt.main)
			}
			if tt.sentTo != "" && !slices.Contains(f.sentTo, tt.sentTo) {
				t.Errorf("sentTo = %v, want it to hold %s", f.sentTo, tt.sentTo)
			}
		})
	}
	for _, tt := range []struct {
		person string
		want   string // an entry the person is cited saying
	}{
		{"budanov", "combat-experience"},
	} {
		t.Run("said by "+tt.person, func(t *testing.T) {
			if got := e.saidBy(tt.person); !slices.Contains(got, e.byID[tt.want]) {
				t.Errorf("saidBy(%s) = %v, want it to hold %s (%d)", tt.person, got, tt.want, e.byID[tt.want])
			}
		})
	}
}
