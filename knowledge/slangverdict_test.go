package knowledge

import "testing"

// TestSlangVerdicts: a claim with a slang verdict after it ("based or
// cringe", "is he talkin out his backside") or inside an exclamation
// ("... is wild ngl") is put to check as "..., right?" is: stated, it is
// answered; with one detail wrong, corrected; else declined. "Cope
// numbers" after two figures is a verdict on them (a pack sense), no
// count asked.
func TestSlangVerdicts(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"china buffed the kn-23s, based or cringe", "kn23"},
		{"4k fatalities by early march is wild ngl", "fatalities-feb"},
		{"3k dead by january is crazy", "losses-january"},
		{"cho flew to kyiv, is he making it up", "how-proposed"},
		{"ua said 3k dead or hurt but then 4k fatalities?? which is it, cope numbers or what 🤡", "losses"},
		{"cope numbers on russian losses?", ""},
		{"nk lost 10k, cope numbers or what", ""},
		{"china sending 3k troops is insane", ""},
		{"4k russian fatalities by february is wild ngl", ""},
		{"kim visited kyiv, based or cringe", ""},
		{"nk lost 10k men, or just vibes", ""},
		{"cho flew to seoul in 2023, is he talkin out his backside", ""},
	})
	checkCorrection(t, e, "china buffed the kn-23s, based or cringe", "Russia")
	checkCorrection(t, e, "4k fatalities by early march is wild ngl", "February")
}
