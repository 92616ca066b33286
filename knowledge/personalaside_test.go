package knowledge

import "testing"

// A message not answered whole is asked again without the asker's
// statements about themselves before its question, unless they name one
// of the report's people, countries or bodies.
func TestAnswerPastAsides(t *testing.T) {
	e := testEngine(t)
	tests := []struct{ name, q, entry string }{
		{"family aside before a premise", "My late father fought in Korea, so this story caught my eye. The article says North Korea has not been in a war like this in a long time. Since when, exactly?", "first-since-1950s"},
		{"aside, nothing the report says", "My son is 12 and loves maps. What is the weather in Kursk?", ""},
		{"aside, another country", "I've been following this closely since I served. Did China send troops?", ""},
		{"aside before a colon", "Quick fact check before I go on air: North Korea sent troops to Russia last year, correct?", "when-sent"},
		{"aside before a colon, another country", "Before I post this on my blog: did China send troops to Russia?", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAnsweredBy(t, e, tt.q, tt.entry)
		})
	}
	// an aside that names one of the report's own is kept
	for _, s := range []string{"My neighbour says it was North Korea that offered to take the prisoners back.", "Is that right?"} {
		t.Run("kept: "+s, func(t *testing.T) {
			if got := e.personalAside(s); got {
				t.Errorf("personalAside(%q) = %v, want false", s, got)
			}
		})
	}
}
