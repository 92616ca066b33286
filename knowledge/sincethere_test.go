package knowledge

import (
	"testing"
)

// "there" in a question of since when or how long is left as it stands:
// the report dates the sending, not the coming to the place it would name.
func TestSinceThere(t *testing.T) {
	asks := []struct {
		q    string
		want bool
	}{
		{"and since when have they been over there", true},
		{"start when have they been over there", true}, // "since" as rephrased
		{"how long have they been there", true},
		{"how many are already over there", false},
		{"when", false},
	}
	for _, tt := range asks {
		t.Run("asks/"+tt.q, func(t *testing.T) {
			if got := asksSince(splitWords(tt.q)); got != tt.want {
				t.Errorf("asksSince(%q) = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
	e := testEngine(t)
	convs := []turnCase{
		{"since when, after the place", []string{"where are the NK troops fighting", "who holds that ground"}, "and since when have they been over there", "when-sent", "Last year"},
		{"how long will they stay, still not in the report", []string{"where are the NK troops fighting"}, "how long will they stay over there", "", ""},
	}
	checkTurns(t, e, convs)
}
