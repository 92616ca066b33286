package knowledge

import "testing"

func TestPlaceNameAsksWhere(t *testing.T) {
	first := func(an analysis) string {
		if len(an.terms) == 0 {
			return ""
		}
		return an.terms[0].text
	}
	checkReading(t, "first term", first, []readingCase{
		{"whats the name of the region where north korean troops fight", "where"},
		{"what is the name of the area where the nk soldiers are", "where"},
		{"what is the region name where nk troops are fighting", "where"}, // the place noun before "name"
		{"who controls the area where north korean troops are", "who"},    // the clause only says which area
	})
}
