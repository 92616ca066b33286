package knowledge

import (
	"slices"
	"testing"
)

func TestLearnerMeaning(t *testing.T) {
	for _, tt := range []struct{ in, want []string }{
		{[]string{"whats", "pow", "mean"}, []string{"what", "does", "pow", "mean"}},
		{[]string{"what", "is", "pow", "mean"}, []string{"what", "does", "pow", "mean"}},
		{[]string{"whats", "the", "offer"}, []string{"whats", "the", "offer"}},
		{[]string{"what", "is", "mean"}, []string{"what", "is", "mean"}},
	} {
		if got := learnerMeaning(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("learnerMeaning(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{"whats X mean asks what the word speaks of", nil, "whats POW mean", "will-accept", "prisoners of war"},
	})
}
