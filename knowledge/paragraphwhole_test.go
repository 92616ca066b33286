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
	cases := []sayingCase{
		{"What does paragraph 6 say?", "when-sent", []string{"Last year", "Kursk"}},
		{"what's paragraph 2 about", "talks-focus", []string{"welfare", "ready to accept"}},
		{"what is in paragraph 4?", "troop-count", []string{"thousands", "support Ukraine"}},
		{"paragraph 2?", "", nil},
		{"summarize para 5", "losses", []string{"3,000", "more troops"}}, // a word asking the gist asks what it says
		{"summarise paragraph 7", "budanov-role", []string{"KN-23"}},
		{"summarize para 12", "", nil},
	}
	checkAnswersSaying(t, e, cases)
	for _, tt := range cases {
		if a := e.Answer(tt.q); strings.Contains(a.Text, "Yes.") {
			t.Errorf("Answer(%q) = %q, says yes to no yes-or-no question", tt.q, a.Text)
		}
	}
}
