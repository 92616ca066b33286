package knowledge

import "testing"

func TestDespiteLast(t *testing.T) {
	e := testEngine(t)
	jcs := []string{"The Joint Chiefs of Staff of South Korea, what they think will happen?"}
	checkTurns(t, e, []turnCase{
		{"a concession the last answer makes: yes", jcs, "even though so many died?", "more-troops", "Yes. "},
		{"a concession the last answer does not make: declined", []string{"which missiles did russia improve?"}, "even though so many died?", "", ""},
	})
}
