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
