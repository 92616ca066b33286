package knowledge

import "testing"

func TestStandsFor(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"what does RBC stand for", ""},             // the source's letters, which the report never spells out
		{"RBC stands for what?", ""},                // the same, asked after
		{"what does DPRK stand for", ""},            // North Korea's letters, not its name's
		{"What does JCS stand for?", "more-troops"}, // Joint Chiefs of Staff, spelled by the entry of what they said
		{"what does pow stand for?", "will-accept"}, // prisoners of war
		{"What does NATO stand for?", ""},           // a word the pack does not know
	})
	for _, tt := range []struct {
		name, abbr string
		want       bool
	}{
		{"joint_chiefs_of_staff", "jcs", true},
		{"prisoner_of_war", "pow", true},
		{"prisoner_of_war", "pw", true},
		{"south_korea", "sk", true},
		{"source", "rbc", false},
		{"north_korea", "dprk", false},
	} {
		if got := spells(tt.name, tt.abbr); got != tt.want {
			t.Errorf("spells(%q, %q) = %v, want %v", tt.name, tt.abbr, got, tt.want)
		}
	}
}
