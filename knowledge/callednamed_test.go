package knowledge

// "What was that war called?" asks a name: "called" after "what is the" or
// "what was that" and a noun is not the phone call, which else answered
// such a question with how Cho made his proposal.

import "testing"

func TestCalledAsksAName(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct{ name, q, want string }{
		{"the war is not named", "what was that war called", ""},
		{"the war is not named, is", "what is that war called", ""},
		{"the missile's name", "whats the missile called", "kn23"},
		{"a call is still a call", "what was discussed when cho called", "how-proposed"},
		{"the name in the article", "what's NK's missile called in the article", "kn23"},
		{"a call in the report is still a call", "what was discussed when cho called in the report", "how-proposed"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkAnsweredBy(t, e, tt.q, tt.want)
		})
	}
}
