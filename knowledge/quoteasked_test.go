package knowledge

import "testing"

// "quote it" gives the last answer's quotes verbatim; a quote of someone
// named, or with nothing answered before, is no such request.
func TestQuoteAsked(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{"quote it", []string{"describe the conditions"}, "quote it", "condition", "In the report's words: \"He highlighted the condition"},
		{"exact words", []string{"what has south korea proposed?"}, "exact words?", "what-proposed", "In the report's words:"},
		{"can you quote that", []string{"who is budanov?"}, "can you quote that for me", "budanov-role", "\"Kyrylo Budanov"},
		{"after a question turned down", []string{"what did china say?"}, "quote it", "", ""},
		{"first", nil, "quote it", "", ""},
		{"more after a question turned down", []string{"who is cho?", "what did china say?"}, "tell me more", "", ""},
	})
	for _, ws := range [][]string{{"quote", "cho"}, {"quote", "the", "part", "about", "missiles"}, {"what", "did", "he", "say"}} {
		if quoteAsked(ws) {
			t.Errorf("quoteAsked(%q) = true, want false", ws)
		}
	}
}
