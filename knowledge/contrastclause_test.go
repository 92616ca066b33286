package knowledge

import (
	"slices"
	"testing"
)

func TestContrastClause(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want []string
	}{
		{"it's the foreign minister not the president", []string{"it's the foreign minister", "not the president"}},
		{"it says phone call not a meeting.", []string{"it says phone call", "not a meeting."}},
		{"it is not a meeting", []string{"it is not a meeting"}}, // "not" negates the verb
		{"it was the military not the ministry but I can't remember which body",
			[]string{"it was the military not the ministry but I can't remember which body"}}, // goes on
	} {
		if got := splitClauses(tt.s); !slices.Equal(got, tt.want) {
			t.Errorf("splitClauses(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"@mo no, it's the foreign minister not the president. what's his full name tho", "cho-role"},
	})
}
