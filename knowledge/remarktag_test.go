package knowledge

import "testing"

func TestTaggedRemark(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"I read this in an other article but here I think it is different, no?", true},
		{"I think he is wrong, right?", true},
		{"North Korea sent troops, right?", false},  // a claim put to check, not the asker's remark
		{"I read it where, right?", false},          // a question word asks
		{"I read this in an other article.", false}, // no tag: a remark as before
	}
	for _, tt := range tests {
		t.Run(tt.s, func(t *testing.T) {
			if got := taggedRemark(tt.s); got != tt.want {
				t.Errorf("taggedRemark(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}

// TestQuestionBeforeTaggedRemark: the question before the asker's tagged
// remark is what is asked.
func TestQuestionBeforeTaggedRemark(t *testing.T) {
	e := testEngine(t)
	checkAnsweredBy(t, e, "Is it true that the North Korean soldiers are fighting in the region of Kharkiv? I read this in an other article but here I think it is different, no?", "kursk-activity")
	checkAnsweredBy(t, e, "Is Kharkiv mentioned? I read it is, right?", "")
}
