package knowledge

import (
	"strings"
	"testing"
)

// TestParagraphWhole: a question that only points at a paragraph is
// answered by the entries of its sentences, in order, with no "Yes." of an
// entry asked yes or no; "what's paragraph N about" asks the same, and a
// bare "paragraph 2?" is not read as asking it.
func TestParagraphWhole(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct {
		q, entry string
		says     []string
	}{
		{"What does paragraph 6 say?", "when-sent", []string{"Last year", "Kursk"}},
		{"what's paragraph 2 about", "talks-focus", []string{"welfare", "ready to accept"}},
		{"what is in paragraph 4?", "troop-count", []string{"thousands", "support Ukraine"}},
		{"paragraph 2?", "", nil},
	} {
		a := e.Answer(tt.q)
		if got := answeredBy(a); got != tt.entry {
			t.Errorf("Answer(%q) by %q, want %q", tt.q, got, tt.entry)
			continue
		}
		for _, s := range tt.says {
			if !strings.Contains(a.Text, s) {
				t.Errorf("Answer(%q) = %q, want it to say %q", tt.q, a.Text, s)
			}
		}
		if strings.Contains(a.Text, "Yes.") {
			t.Errorf("Answer(%q) = %q, says yes to no yes-or-no question", tt.q, a.Text)
		}
	}
}
