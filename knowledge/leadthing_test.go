package knowledge

import "testing"

// A message that names its question through a lead-in ("the thing I'm
// trying to figure out is ...") is asked as the clause after it.
func TestAnswerPastLeadIn(t *testing.T) {
	e := testEngine(t)
	tests := []struct{ name, q, entry string }{
		{"lead-in of the asker's own", "My neighbour keeps asking me stuff. The thing he wants to know is who offered to take the prisoners?", "who-proposed"},
		{"lead-in, a question the report does not answer", "The thing my dad keeps asking is what the weather in Kursk was like?", ""},
		{"lead-in, another country", "The real question is whether Japan will take any prisoners?", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAnsweredBy(t, e, tt.q, tt.entry)
		})
	}
	for ws, want := range map[string]int{
		"the thing i'm trying to figure out is when did they go": 8,
		"the thing is if they wanted to go they would have gone": 0,
		"the question is whether they want to":                   3,
		"they said the thing was big":                            0,
	} {
		if got := leadInEnd(sentenceWords(ws)); got != want {
			t.Errorf("leadInEnd(%q) = %d, want %d", ws, got, want)
		}
	}
}
