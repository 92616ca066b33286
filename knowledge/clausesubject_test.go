package knowledge

import (
	"strings"
	"testing"
)

// TestClauseSubject: a name opening a clause after "that", "whether",
// "if" or a word of chance, before its verb, is whose act it is.
func TestClauseSubject(t *testing.T) {
	subjectsOf := func(an analysis) string {
		var out []string
		for _, s := range subjects(an.words, an.terms) {
			out = append(out, s.text)
		}
		return strings.Join(out, " ")
	}
	checkReading(t, "subjects", subjectsOf, []readingCase{
		{"Is there any chance that South Korea sends troops?", "south_korea"},
		{"is there a chance south korea sends troops?", "south_korea"},       // its "that" left out
		{"is it possible the US sends troops", "united_states"},              // past "the"
		{"is there any chance south korea will send troops?", "south_korea"}, // before a modal
		{"what if south korea sends troops?", "south_korea"},
		{"is there a chance NK sends more troops?", "north_korea"},
		{"Which country is holding the North Korean soldiers that Seoul offered to accept?", ""}, // a "that" after a thing says which
		{"Is there any chance of South Korea's troops?", ""},                                     // no clause
		{"is it true that the losses are heavy?", ""},                                            // no name
	})
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"Is there any chance that South Korea sends troops?", ""}, // North Korea sends them; South Korea reports it
		{"any chance south korea sends troops?", ""},
		{"is there any chance that Russia sends troops?", ""},
		{"is it possible that South Korea sends troops?", ""},
		{"is there a chance NK sends more troops?", "more-troops"},
		{"is it possible that North Korea sends more soldiers?", "more-troops"},
		{"is there any chance that south korea accepts the pows?", "will-accept"},
		{"Which country is holding the North Korean soldiers that Seoul offered to accept?", "captured"},
	})
}
