package knowledge

import "testing"

// A word with its r or l written w is read as the pack's word; a w that
// opens a word, or one the pack's words have, stays.
func TestOwoSpoken(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		word, want string
	}{
		{"suppowt", "support"},
		{"nowth", "north"},
		{"contwolled", "controlled"},
		{"whewe", "where"}, // the opening w kept
		{"sowdiers", "soldiers"},
		{"owo", ""},     // no word of the pack's
		{"kwon", ""},    // a Korean name, no word of the pack's
		{"support", ""}, // no inner w
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			got, _ := e.an.owoSpoken(tt.word)
			if got != tt.want {
				t.Errorf("owoSpoken(%q) = %q, want %q", tt.word, got, tt.want)
			}
		})
	}
	checkAnswers(t, e, []answerCase{
		{"does south korea still suppowt ukraine?", "sk-support"},
		{"whewe will the pwisoners wive in south korea?", ""}, // read right, and still not in the report
	})
}
