package knowledge

import (
	"strings"
	"testing"
)

// TestWhichParagraph: "which paragraph <mentions> X?" asks X alone and
// answers with the paragraphs of its quotes; a thing the report does not
// tell is declined; no verb of mentioning, or no thing, is not read so.
func TestWhichParagraph(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{"Which paragraph brings up the KN-23 missiles?", "the kn23 missiles"},
		{"In which paragraph is the phone call described?", "the phone call"},
		{"In which paragraph does the KN-23 missile claim appear?", "the kn23 missile claim"},
		{"which paragraph is that in", ""},
		{"Which paragraph?", ""},
	} {
		got, ok := whichParagraphAsked(tt.q)
		if ok && got != tt.want || !ok && tt.want != "" {
			t.Errorf("whichParagraphAsked(%q) = %q, %v, want %q", tt.q, got, ok, tt.want)
		}
	}
	e := testEngine(t)
	for _, tt := range []struct{ q, entry, says string }{
		{"Which paragraph brings up the KN-23 missiles?", "kn23", "paragraph 7"},
		{"In which paragraph is the phone call described?", "how-proposed", "paragraph 3"},
		{"Which paragraph names the Ukrainian official Cho spoke with?", "", ""},
	} {
		a := e.Answer(tt.q)
		if got := answeredBy(a); got != tt.entry || !strings.Contains(a.Text, tt.says) {
			t.Errorf("Answer(%q) = %q by %q, want by %q saying %q", tt.q, a.Text, got, tt.entry, tt.says)
		}
	}
}

