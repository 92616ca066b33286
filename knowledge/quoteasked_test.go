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
		{"quote the line", []string{"describe the conditions"}, "quote the line", "condition", "In the report's words: \"He highlighted the condition"},
		{"the line with that date", []string{"who is budanov?"}, "Quote the line with that date, please.", "budanov-role", "\"Kyrylo Budanov"},
		{"after a question turned down", []string{"what did china say?"}, "quote it", "", ""},
		{"the relevant language", []string{"describe the conditions"}, "Please quote the relevant language.", "condition", "In the report's words: \"He highlighted the condition"},
		{"not your paraphrase", []string{"describe the conditions"}, "quote it. I want the exact words, not your paraphrase.", "condition", "In the report's words: \"He highlighted the condition"},
		{"not your paraphrase, first", nil, "quote it. I want the exact words, not your paraphrase.", "", ""},
		{"first", nil, "quote it", "", ""},
		{"his words", []string{"who is budanov?"}, "quote it, i want his words verbatim", "budanov-role", "\"Kyrylo Budanov"},
		{"his words, first", nil, "quote it, i want his words verbatim", "", ""},
		{"of the source line", []string{"source?"}, "quote the exact line for me", "", ""},
		{"more after a question turned down", []string{"who is cho?", "what did china say?"}, "tell me more", "", ""},
	})
	for _, ws := range [][]string{{"quote", "cho"}, {"quote", "the", "line", "with", "the", "missiles"}, {"quote", "the", "part", "about", "missiles"}, {"what", "did", "he", "say"},
		{"i", "want", "your", "summary"}, {"quote", "the", "language", "cho", "used"}, {"what", "language", "do", "they", "speak"}} {
		if quoteAsked(ws) {
			t.Errorf("quoteAsked(%q) = true, want false", ws)
		}
	}
}
