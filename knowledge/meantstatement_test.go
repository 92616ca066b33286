package knowledge

import "testing"

// A correction naming what was meant, then a question of "they": the
// question is of what the correction names.
func TestMeantSubject(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{"the other talks", []string{"tell me about the phone call in the article", "and the other one?"},
			"i meant the other talks, between sk and ukraine. what are they about", "talks-focus", "welfare"},
		{"to ask about, after correction words", []string{"the JCS said NK would pull troops out of Russia, correct?"},
			"sorry, correcting myself, I meant to ask about Ukraine's casualty figure from january. what was it?", "losses-january", "3,000"},
		{"to ask about, first", nil, "I meant to ask about Ukraine's casualty figure from january. what was it?", "", ""},
	})
	for _, tt := range []struct {
		s, q string
		want bool
	}{
		{"i meant the other talks between sk and ukraine", "what are they about", true},
		{"i meant the casualty numbers", "where is it from", true},
		{"i meant to ask about the casualty numbers", "where is it from", true},
		{"the talks were long", "what are they about", false}, // no correction
		{"i meant the talks", "what did he say about their talks", false},
	} {
		_, got := meantSubject(splitWords(tt.s), splitWords(tt.q))
		if got != tt.want {
			t.Errorf("meantSubject(%q, %q) = %v, want %v", tt.s, tt.q, got, tt.want)
		}
	}
}
