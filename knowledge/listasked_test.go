package knowledge

import "testing"

// "List the X" asks which X, as "which X" does; a name before a verb in
// the past after the thing is its clause's subject.
func TestListedAndRelativeSubject(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"Enumerate the weapons North Korea gave Russia", ""},
		{"list the weapons north korea gave russia", ""},
		{"which weapons did north korea give russia", ""},
		{"list the missiles russia improved", "kn23"},
		{"Enumerate the missiles that Russia improved", "kn23"},
		{"Name the decade in which North Korea last actively took part in a war like this before the current conflict.", "first-since-1950s"},
	})
	for _, tt := range []struct {
		q    string
		at   int
		want bool
	}{
		{"list the weapons", 2, true},
		{"enumerate weapons", 1, true},
		{"name the weapons", 2, false},
		{"the weapons", 1, false},
	} {
		t.Run(tt.q, func(t *testing.T) {
			if got := listedAt(sentenceWords(tt.q), tt.at); got != tt.want {
				t.Errorf("listedAt(%q, %d) = %v, want %v", tt.q, tt.at, got, tt.want)
			}
		})
	}
}
