package knowledge

import (
	"strings"
	"testing"
)

func TestPlaceScopes(t *testing.T) {
	e := testEngine(t)
	checkReading(t, "placeScopes", func(an analysis) string {
		return strings.Join(placeScopes(an.words, an.terms, e.referentInfo), " ")
	}, []readingCase{
		{"If the prisoners move to South Korea, where would they live?", "south_korea"},
		{"where will south korea put them, what city", "south_korea"},
		{"which region of russia are the troops fighting in", "russia"},
		{"where would the pows go", ""},
		{"where are the north korean troops fighting", ""},
		{"who did cho talk to", ""},
	})
}

func TestScopeKeptWhenAskedAgain(t *testing.T) {
	e := testEngine(t)
	tests := []struct{ q, want string }{
		{"If the prisoners do move to South Korea, where would they live? Would they get a house?", ""},
		{"WHERE WILL SOUTH KOREA PUT THEM... WHAT CITY", ""},
		{"where would the pows go", "will-accept"},
		{"which region of russia are nk troops fighting in", "where-fighting"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			checkAnsweredBy(t, e, tt.q, tt.want)
		})
	}
}
