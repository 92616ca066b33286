package knowledge

import "testing"

// A request inside a story is asked as the clause it asks alone: the
// last request marker that asks (not the asker's own later want, "because
// I'd like ..."), past a courtesy set between commas ("wondering, if it's
// not too much trouble, who ..."), without the asker's tail after it
// (", because ...", ", so ...", ", please", ", if that's mentioned at
// all", a thanking sentence after it).
func TestRequestedInStory(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		name, q string
		entry   string // "" for declined
	}{
		{"wondering past a courtesy, tail of why", "Good afternoon. I'm putting together a small display for our reading room and I was wondering, if it's not too much trouble, who exactly is the man who offered to take in the captured North Korean soldiers, because I'd like to get his name right. Thank you.", "who-proposed"},
		{"tell me, please, and I'll", "Hello, a regular asked me this morning whether the North Korean troops are fighting in Kursk, so could you tell me where they're fighting, please, and I'll pass it along.", "where-fighting"},
		{"wanted to ask, if mentioned", "Hi, I wanted to ask what the report says the Joint Chiefs of Staff expect North Korea might do next, if that's mentioned at all.", "more-troops"},
		{"another's want is the clause asked", "My daughter asked what South Korea wants to do with the North Korean soldiers who got caught. What's the simple answer?", ""},
		{"not in the report", "Hi, I wanted to ask what the report says about North Korea's space program, if that's mentioned at all.", ""},
		{"story around a question the report cannot answer", "Hello, a patron asked me this morning whether the North Korean troops are paid in euros, so could you tell me, please, and I'll pass it along.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := answeredBy(e.Answer(tt.q)); got != tt.entry {
				t.Errorf("Answer(%q) by %q, want %q\n%s", tt.q, got, tt.entry, e.Explain(tt.q))
			}
		})
	}
}

// askersTailCut cuts what the asker says after the clause asked.
func TestAskersTailCut(t *testing.T) {
	tests := []struct{ in, want string }{
		{"who is the man who offered, because I'd like his name right. Thanks.", "who is the man who offered"},
		{"where they're fighting, please, and I'll pass it along.", "where they're fighting"},
		{"what he said before I write the label.", "what he said"},
		{"whether the article backs him up. Since when is this?", "whether the article backs him up. Since when is this?"},
		{"who heads it and what he said", "who heads it and what he said"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := askersTailCut(tt.in); got != tt.want {
				t.Errorf("askersTailCut(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
