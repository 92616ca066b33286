package knowledge

import "testing"

func TestAnnouncesParts(t *testing.T) {
	for in, want := range map[string]bool{
		"two things: are the nk troops being monitored, and is the 4000 death figure an estimate?": true,
		"Two quick questions: who made the offer, and when?":                                       true,
		"2 qs - who is cho and what did he offer":                                                  true,
		"North Korea sent troops to help Russia, but in which region are they fighting?":           false,
		"two thousand troops, where are they?":                                                     false,
	} {
		if got := announcesParts(in); got != want {
			t.Errorf("announcesParts(%q) = %v, want %v", in, got, want)
		}
	}
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"two things: are the nk troops being monitored, and is the 4000 death figure an estimate?", ""},
	})
}
