package knowledge

import "testing"

func TestEndsAsking(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"first time since when fr", true},
		{"they got them from where exactly", true},
		{"like what does the 4000 one count and as of when", false}, // read by its "what"
		{"first time since the 1950s", false},
		{"since when", true},
	} {
		if got := endsAsking(sentenceWords(tt.s)); got != tt.want {
			t.Errorf("endsAsking(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"bro nk really out here sending troops to help russia?? first time since when fr", "first-since-1950s"},
	})
}
