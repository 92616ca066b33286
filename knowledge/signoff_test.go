package knowledge

import "testing"

func TestWithoutSignOff(t *testing.T) {
	tests := []struct {
		question, want string
		ok             bool
	}{
		{"Which official proposed receiving the prisoners. Kind regards, Harold", "Which official proposed receiving the prisoners.", true},
		{"Where are they fighting? Respectfully, Dorothy", "Where are they fighting?", true},
		{"Where are they fighting?", "", false},
		{"Thanks. Who proposed it?", "", false}, // thanks first: no sign-off
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			got, ok := withoutSignOff(tt.question)
			if got != tt.want || ok != tt.ok {
				t.Errorf("withoutSignOff(%q) = %q, %v, want %q, %v", tt.question, got, ok, tt.want, tt.ok)
			}
		})
	}
}
