package knowledge

import "testing"

func TestParagraphPart(t *testing.T) {
	checkRewrite(t, "partAsParagraph", partAsParagraph, []readingCase{
		{"which part of the report mentions the kn23", "which paragraph mentions the kn23"},
		{"which section o the article says it", "which paragraph says it"},
		{"which part of the group", "which part of the group"}, // no part of the report
	})
	e := testEngine(t)
	for _, tt := range []struct{ q, want string }{
		{"Which part o' the report mentions the KN-23 missiles?", "the kn23 missiles?"},
		{"In which paragraph does the writer first mention the telephone call?", "the telephone call?"},
		{"In which paragraph is the phone call described?", "the phone call?"},                // as before
		{"In which paragraph does it say the troops are trained?", "the troops are trained?"}, // "it", the report
	} {
		if got, _, ok := e.paragraphOfAsked(tt.q, nil); !ok || got != tt.want {
			t.Errorf("paragraphOfAsked(%q) = %q, %v; want %q", tt.q, got, ok, tt.want)
		}
	}
}

// "They" alone before a verb of mentioning is the writers.
func TestWriterThey(t *testing.T) {
	e := testEngine(t)
	checkAnswersSaying(t, e, []sayingCase{
		{"In which paragraph do they speak of the phone call of the minister? I want to cite it correctly.", "how-proposed", []string{"paragraph 3"}},
		{"in which paragraph do they speak of Japan's offer?", "", nil},
		{"in which paragraph do they say China sent troops?", "", nil},
	})
}
