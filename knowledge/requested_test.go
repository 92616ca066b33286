package knowledge

import "testing"

func TestRequested(t *testing.T) {
	tests := []struct {
		question, want string
		ok             bool
	}{
		{"I have been following the news and would be grateful if someone could tell me which official proposed it.", "which official proposed it.", true},
		{"Would someone be kind enough to tell me in which region the troops are engaged?", "in which region the troops are engaged?", true},
		{"I would like to know by what means the minister conveyed his proposal.", "by what means the minister conveyed his proposal.", true},
		{"tell me about the offer", "", false},      // no question word after it
		{"tell me who", "", false},                  // too short to ask alone
		{"who proposed it? let me know", "", false}, // nothing after it
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			got, ok := requested(tt.question)
			if got != tt.want || ok != tt.ok {
				t.Errorf("requested(%q) = %q, %v, want %q, %v", tt.question, got, ok, tt.want, tt.ok)
			}
		})
	}
}

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
