package knowledge

import (
	"slices"
	"testing"
)

func TestAnswerPeople(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		q    string
		want []string // the entries answering, none for another question
	}{
		{"Who are the officials named in the report?", []string{"cho-role", "budanov-role"}},
		{"which two people are named in the report?", []string{"cho-role", "budanov-role"}},
		{"who r the two main ppl named in this", []string{"cho-role", "budanov-role"}},
		{"Name the two officials quoted in the report.", []string{"cho-role", "budanov-role"}},
		{"two men with names in the article, who are they?", []string{"cho-role", "budanov-role"}}, // "men" reads as troops
		{"who are the main people", []string{"cho-role", "budanov-role"}},                          // prominence, as naming
		{"who are the important officials", []string{"cho-role", "budanov-role"}},                  // "important" reads as significant
		{"Which officials said North Korea might send more troops?", nil},                          // asks who said something
		{"who are the people named Kim in the report?", nil},                                       // names someone of its own
		{"Which officials are quoted on the casualties?", nil},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			an := e.an.analyzeWords(sentenceWords(tt.q), true)
			a, ok := e.answerPeople(e.newAnswer(tt.q), an, nil)
			var got []string
			if ok {
				got = append(got, a.EntryID)
				for _, w := range a.with {
					got = append(got, e.pack.Entries[w].ID)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("answerPeople(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}
