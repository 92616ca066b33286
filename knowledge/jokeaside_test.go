package knowledge

import "testing"

func TestWithoutJokeAside(t *testing.T) {
	tests := []struct{ in, want string }{
		{"which country controls kursk (not a minecraft biome lmao)", "which country controls kursk  "},
		{"how many were sent (asking for my cat lol)?", "how many were sent  ?"},
		{"quem controla kursk (kkkk)", "quem controla kursk  "},
		{"what did russia do to the missiles (the KN-23)?", "what did russia do to the missiles (the KN-23)?"}, // no laugh: part of the question
		{"how many died (in january)", "how many died (in january)"},
		{"who is cho", "who is cho"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := withoutJokeAside(tt.in); got != tt.want {
				t.Errorf("withoutJokeAside(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// Chat's slang and dialect, read by the pack's senses and fillers: Philly
// "jawn" as the article or a person, a hedge "roughly speaking", Singlish
// "can tell me or not", a stream's lag, gaming's "grinding xp", Scots "dae
// tae they".
func TestChatSlangIsRead(t *testing.T) {
	e := testEngine(t)
	checkAnswers(t, e, []answerCase{
		{"who runs kursk rn accordin to this jawn, russia or ukraine", "kursk-control"},
		{"where'd this jawn even come from, like what site", "source"},
		{"who's the south korea jawn that offered to take the nk pows", "who-proposed"},
		{"How many lads did North Korea send over, roughly speaking?", "troop-count"},
		{"so got how many nk soldier die or injured as of jan 2025, can tell me or not", "losses-january"},
		{"where are the nk troops grinding combat xp, which region", "where-fighting"},
		{"which country controls the kursk region per the article (not a minecraft biome lmao)", "kursk-control"},
		{"Whit did the Russians dae tae they KN-23 missiles, ken?", "kn23"},
		{"mano what is budanov saying about nk getting stronger from this", "combat-experience"},
		{"what south korea minister promise to ukraine? he say they support us?", "sk-support"},
	})
}
