package knowledge

import "testing"

// An overview entry answers of the report as a whole, and of a thing its
// quotes speak of; not of a thing its answer names only in passing.
func TestOverviewGuard(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		name, q string
		want    bool // answered by the overview
	}{
		{"the whole report", "what's the report about?", true},
		{"a thing its quotes speak of", "whats this about south korea and north korean POWs?", true},
		{"a thing named only in passing", "what the article think about the losses of north korea troop?", false},
		{"a name named only in passing", "what does the article actually say about russia then", false},
		{"after a claim put to check", "@lena claims NK punished the families of captured soldiers, does the article say anything?", false},
		{"after a claim, none of which it speaks of", "someone said the POWs said on video they want to go to SK, is that in the article?", false},
		{"after a claim said in a sentence before", "@yuna said the 3k number came from South Korea. wasn't it Ukraine that reported it?", false},
		{"after a question of the asker's own", "Didn't North Korea send pilots to Vietnam in the 1960s? Does the article address that?", false},
		{"the gist asked after a claim", "my friend said the war is bad. what's the article about?", true},
		{"the gist asked after a claim in the same sentence", "my dad said this is propaganda, so what is the article about?", true},
		{"the gist named after a scene", "hey, prepping notes for a podcast episode. what's the gist of this report?", true},
		{"after a premise that only sets the scene", "I'm putting together a current events lesson for my 10th graders. In a couple of sentences, what is this article about?", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := e.Answer(tt.q).EntryID == "summary"
			if got != tt.want {
				t.Errorf("%q answered by the overview = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
}
