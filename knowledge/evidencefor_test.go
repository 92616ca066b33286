package knowledge

import "testing"

// A question that asks only for evidence, after a statement, asks it of
// the statement's claim, without the asker's "I'm arguing"; a claim the
// report has nothing of is still declined.
func TestEvidenceFor(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{"the claim's evidence", nil, "I'm arguing North Korea is directly involved in the Ukraine war. What evidence does the report give me?", "why-sent", "troops"},
		{"and who says it", []string{"I'm arguing North Korea is directly involved in the Ukraine war. What evidence does the report give me?"}, "who says?", "why-sent", "Kyiv"},
		{"a claim with a wrong detail: checked, and corrected", nil, "I think China made the KN-23 more accurate. Any evidence?", "kn23", "Russia"},
		{"a claim the report has nothing of", nil, "I'm arguing Russia paid North Korea for the troops. What evidence does the report give?", "", ""},
	})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"what evidence does the report give me", true},
		{"any proof?", true},
		{"what evidence of troops in kursk", false},
		{"who says", false},
	} {
		if got := asksEvidence(sentenceWords(tt.q)); got != tt.want {
			t.Errorf("asksEvidence(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}
