package knowledge

import "testing"

// A reading is one clause's alone when all its terms are of one clause of
// a question of two or more.
func TestOneClauseOf(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		name, q, reading string
		want             bool
	}{
		{"one clause of two", "who is Budanov and what did the JCS say?", "what did the JCS say", true},
		{"both clauses", "who is Budanov and what did the JCS say?", "Budanov JCS", false},
		{"a question of one clause", "what did the JCS say?", "JCS", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			an := e.an.analyze(tt.q, true)
			got := oneClauseOf(e.an.analyze(tt.reading, true), an.clauses())
			if got != tt.want {
				t.Errorf("oneClauseOf(%q, clauses of %q) = %v, want %v", tt.reading, tt.q, got, tt.want)
			}
		})
	}
}
