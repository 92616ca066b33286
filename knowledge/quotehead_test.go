package knowledge

import "testing"

// A request for the last answer's words or place before a comma is asked
// without the reason after it; a clause that asks something else, or a
// rest that asks a question, is read as before.
func TestAskedBeforeComma(t *testing.T) {
	e := testEngine(t)
	checkTurns(t, e, []turnCase{
		{"quote it, with a reason", []string{"whats budanov saying about nk"}, "quote it, my editor wants his exact phrasing", "combat-experience", "In the report's words"},
		{"quote the line, with chatter", []string{"how'd cho pitch the offer to ukraine?"}, "quote me the exact line pls, the lads in the break room won't believe me", "how-proposed", "phone call"},
		{"after a question turned down", []string{"what does kim jong un think of it?"}, "quote it pls, I need the exact card", "", ""},
	})
	for _, tt := range []struct {
		q  string
		ok bool
	}{
		{"quote it, i want his words verbatim", true},
		{"which paragraph, i need to cite it", true},
		{"quote it, and who said it?", false},
		{"the missiles, what were they called", false},
		{"quote it", false},
	} {
		t.Run(tt.q, func(t *testing.T) {
			if _, got := askedBeforeComma(tt.q); got != tt.ok {
				t.Errorf("askedBeforeComma(%q) = %v, want %v", tt.q, got, tt.ok)
			}
		})
	}
}
