package knowledge

import (
	"strings"
	"testing"
)

// Names set side by side are each asked of: an entry of one of them, or
// the question asked of one alone, is no answer; a choice of names that
// compares nothing is answered by either.
func TestComparesNames(t *testing.T) {
	e := testEngine(t)
	tests := []struct{ name, q, entry, says string }{
		{"compared, one side the report never gives", "which has more casualties, russia or nk?", "", ""},
		{"compared in other words", "who had more casualties, russia or north korea?", "", ""},
		{"a choice, not compared", "did nk send troops to russia or ukraine?", "why-sent", "Russia"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := e.Answer(tt.q)
			got := a.EntryID
			if !a.Answered {
				got = ""
			}
			if got != tt.entry || !strings.Contains(a.Text, tt.says) {
				t.Errorf("Answer(%q) = %q %q, want %q with %q", tt.q, got, a.Text, tt.entry, tt.says)
			}
		})
	}
}
