package knowledge

import "testing"

// A filler alias ending in a question word swallows the question it
// opens (review28 item 3).
func TestFillerAsks(t *testing.T) {
	for _, tt := range []struct {
		alias string
		asks  bool
	}{
		{"a who", true},
		{"or what", false}, // a tag that asks nothing
		{"what kind of", false},
		{"a true", false},
	} {
		if got := fillerAsks(tt.alias); got != tt.asks {
			t.Errorf("fillerAsks(%q) = %v, want %v", tt.alias, got, tt.asks)
		}
	}
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		// read as "who sent the soldiers?", as in English, not when-sent
		{"A who sen' di soldier dem?", "who-says-sent"},
		{"Who sent the soldiers?", "who-says-sent"},
		{"a who tek in di soldier dem?", "who-proposed"},
	})
}
