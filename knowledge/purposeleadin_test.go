package knowledge

import "testing"

// A one-sentence message is asked again after the asker's lead-in of
// purpose before its first comma, unless the lead-in names one of the
// report's own.
func TestPastPurposeLeadIn(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"yo so for my poli sci seminar, whats the deal w seoul and the nk POWs, tldr?", "will-accept"},
		{"for our geopolitics seminar, what did seoul offer?", "what-proposed"},
		{"so for my poli sci seminar, whats the deal w seoul and china?", ""},
		{"for my poli sci seminar, whats japan doing with the nk POWs?", ""},
	})
	for _, tt := range []struct{ name, q string }{
		{"names the report's own", "for my friend who says north korea sent troops, what did seoul offer?"},
		{"no asker", "for the seminar, whats the deal w seoul?"},
		{"no question after it", "for my poli sci seminar, seoul and the POWs"},
	} {
		t.Run("kept: "+tt.name, func(t *testing.T) {
			if got, ok := e.pastPurposeLeadIn(tt.q); ok {
				t.Errorf("pastPurposeLeadIn(%q) = %q, want none", tt.q, got)
			}
		})
	}
}
