package knowledge

import "testing"

func TestPushbackClaim(t *testing.T) {
	// a doubt with what the asker believed instead checks that belief,
	// not how sure the report is of the last answer
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{"a belief the report corrects", []string{"who is cho tae-yul"}, "really? i thought he was the defense minister", "cho-role", "Foreign Minister"},
		{"a belief the report does not speak of", []string{"wait so sk wants the nk pows or nah"}, "u sure? i thought it was only if ukraine agreed", "", ""},
		{"a doubt alone", []string{"how many NK soldiers died by february"}, "are you sure?", "fatalities-feb", "estimate"},
	})
	for _, tt := range []struct {
		in   string
		want int
	}{
		{"i thought he was the defense minister", 2},
		{"but i heard it was japan", 3},
		{"i thought so", 0}, // no claim of its own
		{"the report says kursk", 0},
	} {
		t.Run(tt.in, func(t *testing.T) {
			if got := believed(sentenceWords(tt.in)); got != tt.want {
				t.Errorf("believed(%q) = %d, want %d", tt.in, got, tt.want)
			}
		})
	}
}
