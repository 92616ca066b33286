package knowledge

import "testing"

// A code spelled letter by letter is read as the code, with a number
// after it when the pack writes them as one.
func TestSpelled(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		name, q string
		entry   string
	}{
		{"letters and a number", "what did russia do to north koreas k n twenty three missiles", "kn23"},
		{"letters and digits", "what did russia do to the k n 23", "kn23"},
		{"letter names and digits", "what did russia do to the kay en 23", "kn23"},
		{"letter names and a number", "what did russia do to the kay en twenty three", "kn23"},
		{"letter names that spell no name", "what did the jay ar team say", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkAnsweredBy(t, e, tt.q, tt.entry)
		})
	}
}

func TestSpelledAt(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		ws   []string
		want string
		n    int
	}{
		{[]string{"k", "n", "23", "missiles"}, "kn23", 3},
		{[]string{"a", "k", "n"}, "", 0},
		{[]string{"x", "z", "troops"}, "", 0},
		{[]string{"k", "troops"}, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.want+"/"+tt.ws[0], func(t *testing.T) {
			got, n := e.an.spelledAt(tt.ws)
			if got != tt.want || n != tt.n {
				t.Errorf("spelledAt(%q) = %q, %d, want %q, %d", tt.ws, got, n, tt.want, tt.n)
			}
		})
	}
}
