package knowledge

import "testing"

// TestAfterEvent: a question of what came after an event is not answered
// by the entry that tells only the event; an entry that grants the event
// with a concessive ("despite its casualties"), what holds after it, still
// answers. Holding every word asked is not enough (review28 item 10).
func TestAfterEvent(t *testing.T) {
	e := testEngine(t)
	for _, tt := range []struct{ name, q, entry string }{
		{"only the event", "Did Cho travel to Kyiv after the call?", ""},
		{"every word, only the event", "Did Cho present the proposal after the phone call?", ""},
		{"what came after too", "My grandson says North Korea is pulling out after its losses. Does the report suggest that, or the opposite?", "more-troops"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := e.Answer(tt.q).EntryID; got != tt.entry {
				t.Errorf("Answer(%q) by %q, want %q", tt.q, got, tt.entry)
			}
		})
	}
}
