package knowledge

import "testing"

// TestNewsroomClaims: a claim put to check in an editor's words ("Par
// says ...", "Per the piece, ...", "Checking copy: ...") with one detail
// wrong is corrected with the report's fact, as the same claim put
// plainly is; a detail of a thing the report never speaks of stays
// declined.
func TestNewsroomClaims(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct{ q, has string }{
		{"Par says troops fighting in Belgorod region. Correct?", "Kursk"},            // a Russian region the pack did not know
		{"Per the piece, the ~4k fatalities were in Zaporizhzhia, correct?", "Kursk"}, // "per the piece" frames, as "according to the piece" does
		{"Per the article the troops are fighting in Donbas, right?", "Kursk"},
		{"Someone told me the North Korean troops are fighting in the Belgorod region. Is that what the report says?", "Kursk"},
		{"Per the article, North Korea sent tanks to Belgorod, correct?", ""}, // no tanks in the report
		{"Par says Russia struck Belgorod. Correct?", ""},
	} {
		t.Run(tt.q, func(t *testing.T) { checkCorrection(t, e, tt.q, tt.has) })
	}
}
