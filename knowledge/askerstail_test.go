package knowledge

import "testing"

func TestAskersTail(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct {
		q, rest string
		ok      bool
	}{
		{"who's kyrylo budanov, need it for my notes doc lol", "who's kyrylo budanov?", true},
		{"what's the source mano, chat wants the link", "what's the source mano?", true},
		{"which missile did russia buff accuracy on, frame perfect answer pls", "which missile did russia buff accuracy on?", true},
		{"@reportbot any% question: who made the pow offer, fastest answer pls", "@reportbot any% question: who made the pow offer?", true},
		{"when did nk send troops - asking for my class", "when did nk send troops?", true},
		{"who sent troops, need the exact number pls", "", false},                  // asks for exactness
		{"who's kyrylo budanov, and his age pls", "", false},                       // a second thing asked
		{"who is the reporter — is there a byline we should use?", "", false},      // a question of its own
		{"What does Switzerland say? We are neutral, so I am curious.", "", false}, // the remark ends a statement
		{"who made the offer, need it for my notes on North Korea", "", false},     // names the report's country
		{"who made the offer, which minister pls", "", false},                      // carries what is asked
		{"the offer was made by Cho, need it for my notes", "", false},             // no question before it
		{"which country controls kursk per the article (not a minecraft biome lmao)", "which country controls kursk per the article?", true},
		{"How many lads did North Korea send over, roughly speaking?", "How many lads did North Korea send over?", true},
		{"so got how many nk soldier die as of jan 2025, can tell me or not", "so got how many nk soldier die as of jan 2025?", true},
		{"how many died, need the 2025 one pls", "", false}, // a figure is what is asked
		{"who runs kursk (not russia lol)", "", false},      // names the report's country
	} {
		t.Run(tt.q, func(t *testing.T) {
			rest, ok := e.withoutAskersTail(tt.q)
			if ok != tt.ok || rest != tt.rest {
				t.Errorf("withoutAskersTail(%q) = %q, %v; want %q, %v", tt.q, rest, ok, tt.rest, tt.ok)
			}
		})
	}
	checkAnswers(t, e, []answerCase{
		{"who's kyrylo budanov, need it for my notes doc lol", "budanov-role"},
		{"which missile did russia buff accuracy on, frame perfect answer pls", "kn23"},
		{"The article, it comes from which journal? For my bibliography.", "source"},
		{"which country controls the kursk region (need it for my notes doc)", "kursk-control"}, // a laughing aside is jokeaside.go's
	})
}
