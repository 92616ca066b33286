package knowledge

import "testing"

// A date alone after "and" continues a question before it: first in a
// conversation it is asked back, and the reply completes it; after a
// question it is that question of the date.
func TestDateAlone(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		q    string
		want bool
	}{
		{"and in feb", true},
		{"and by early february", true},
		{"what about january", true},
		{"and in feb how many died", false}, // asks of its own
		{"and the joint chiefs", false},     // no date
		{"in february", false},              // no "and"
		{"and how many in february", false}, // asks of its own
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got := dateAlone(splitWords(tt.q)); got != tt.want {
				t.Errorf("dateAlone(%q) = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
	as := converse(e, "and in feb?")
	if as[0].Outcome != Clarify {
		t.Errorf("first message %q: got %s %q, want asked back", "and in feb?", as[0].Outcome, as[0].Text)
	}
	as = converse(e, "how many north korean soldiers died?", "and in feb?")
	if as[1].Outcome == Clarify {
		t.Errorf("after a question, %q: asked back, want it answered of that question", "and in feb?")
	}
}
