package knowledge

import "testing"

// TestPidginSenses: Nigerian Pidgin's "dey" before "talk about" after a
// speaker is saying, "fit" before a verb is "can", and "collect" of
// soldiers is taking them in (the pack's senses); "legit" of a figure is
// its being confirmed with an intensifier between. Each word's other
// uses stay unread: "fit for combat", collecting intel or bodies, the
// talks' topic where no speaker stands before "dey talk about".
func TestPidginSenses(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"Abeg @bot, which minister for South Korea dey talk about accepting these North Korean POWs sef?", "who-proposed"},
		{"wetin SK and Ukraine dey talk about?", "talks-focus"},
		{"No wahala, but which country's Joint Chiefs of Staff talk say NK fit send more troops?", "more-troops"},
		{"Oga bot, good evening o 🙏 Wetin be the condition before South Korea go collect these captured soldiers?", "condition"},
		{"is the 4k number even legit or just vibes", "fatalities-feb"},
		{"NK fit send tanks?", ""},
		{"are the NK troops fit for combat?", ""},
		{"did South Korea collect intel on the soldiers?", ""},
		{"who collected the bodies of the soldiers?", ""},
		{"which minister dey talk about sending tanks?", ""},
		{"is the 5k number even legit", ""},
	})
}
