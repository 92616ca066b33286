package knowledge

import (
	"slices"
	"testing"
)

// "so that's 4000 in january?" checks its claim about the last answer as
// "that is 4000 in january?" does.
func TestThatsClaim(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{"that's, a figure of another date", []string{"how many NK casualties in january", "feb?"}, "so that's 4000 in january?", "losses-january", "3,000"},
		{"it's, a detail the report lacks", []string{"who proposed taking POWs?"}, "so that's the defense minister?", "", ""},
	})
	for _, tt := range []struct {
		ws   []string
		want []string
	}{
		{[]string{"so", "that", "'s", "4000"}, []string{"that", "is", "4000"}},
		{[]string{"it", "'s", "been", "confirmed"}, nil},
		{[]string{"cho", "'s", "job"}, nil},
	} {
		if got, _ := thatsIs(tt.ws); !slices.Equal(got, tt.want) {
			t.Errorf("thatsIs(%q) = %q, want %q", tt.ws, got, tt.want)
		}
	}
}
