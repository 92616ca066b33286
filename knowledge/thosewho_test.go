package knowledge

import (
	"strings"
	"testing"
)

// "those" before a clause that says which of them ("for those who do")
// refers back to the ones named before; first in a question, or before
// anything else, it is read as before.
func TestThoseWho(t *testing.T) {
	refs := []struct {
		q    string
		want string // the word of the "they" reference, or ""
	}{
		{"what does cho want to do for those who do", "those"},
		{"what happens to those who want to go", "those"},
		{"those who want to go, where do they go", "they"}, // the clause's own subject, not the "those"
		{"what about those figures", ""},                   // a figure, not "they"
	}
	for _, tt := range refs {
		t.Run("refs/"+tt.q, func(t *testing.T) {
			got := ""
			for _, r := range findReferences(splitWords(tt.q)) {
				if r.want == "they" {
					got = r.word
					break
				}
			}
			if got != tt.want {
				t.Errorf("findReferences(%q): they = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
	e := testEngine(t)
	as := converse(e, "how many north korean prisoners has ukraine captured?", "has any of them asked to go to south korea", "what does cho want to do for those who do")
	if a := as[len(as)-1]; !a.Answered || !strings.Contains(a.Text, "accept") {
		t.Errorf("for those who do: got %q %q, want an answer that says he would accept them", a.EntryID, a.Text)
	}
}
