package knowledge

import (
	"reflect"
	"testing"
)

// settleRefs adds the referents addAnswerRefs and then addQuestionRefs
// add, the same and in the same order.
func TestSettleRefs(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		name  string
		turns []string
	}{
		{"a person answered", []string{"who's the south korean foreign minister in this story?"}},
		{"a figure, then a fragment", []string{"how many north korean soldiers were killed or wounded as of january 2025?", "and in february?"}},
		{"a reference resolved", []string{"who is budanov", "what did he claim about nk"}},
		{"nothing answered", []string{"what is the weather in kursk?"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c Conversation
			for _, q := range tt.turns {
				_, c = e.AnswerIn(c, q)
			}
			question := e.an.analyzeWords(c.base, true)
			want := c
			want.addAnswerRefs(e)
			want.addQuestionRefs(e, question)
			got := c
			got.settleRefs(e, question)
			if !reflect.DeepEqual(got.refs, want.refs) {
				t.Errorf("settleRefs: %+v, want %+v", got.refs, want.refs)
			}
		})
	}
}
