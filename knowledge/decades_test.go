package knowledge

import "testing"

// TestShortDecade: chat's two-digit decade is the 1900s' decade it
// names, and a decade put to check is corrected by the report's 1950s.
func TestShortDecade(t *testing.T) {
	for _, tt := range []struct{ w, want string }{
		{"70s", "1970s"}, {"60s", "1960s"}, {"30s", "1930s"},
		{"20s", ""}, {"10s", ""}, {"75s", ""}, {"700s", ""}, {"70", ""},
	} {
		if got, _ := shortDecade(tt.w); got != tt.want {
			t.Errorf("shortDecade(%q) = %q, want %q", tt.w, got, tt.want)
		}
	}
	e := testEngine(t)
	checkCorrection(t, e, "NK's last war before this was Vietnam in the 60s, right?", "1950s")
	checkAnswers(t, e, []answerCase{
		{"what was the war in the 50s", ""}, // the pack's own "50s": the report names no war
	})
	// After "the"/"since" a short decade is a decade; after a possessive
	// it may be an age, and stays a number.
	for _, tt := range []struct {
		before []string
		want   bool
	}{
		{[]string{"in", "the"}, true}, {[]string{"since"}, true}, {[]string{"the", "late"}, true},
		{[]string{"in", "their"}, false}, {[]string{"his"}, false}, {nil, false},
	} {
		if got := decadeLed(tt.before); got != tt.want {
			t.Errorf("decadeLed(%q) = %v, want %v", tt.before, got, tt.want)
		}
	}
}
