package knowledge

import "testing"

func TestWithoutClosingAddress(t *testing.T) {
	tests := []struct {
		question, want string
		ok             bool
	}{
		{"what's the main gist of this report, partner?", "what's the main gist of this report?", true},
		{"who is SK working with, pardner? 🤠", "who is SK working with? 🤠", true},
		{"who are Kyiv's partners?", "", false},
		{"is Russia a partner, or an ally?", "", false},
		{"who proposed it, Cho or his brother?", "", false}, // a tail of more than the one word
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			got, ok := withoutClosingAddress(tt.question)
			if got != tt.want || ok != tt.ok {
				t.Errorf("withoutClosingAddress(%q) = %q, %v, want %q, %v", tt.question, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestClosingAddressAnswers(t *testing.T) {
	checkAnswers(t, testEngine(t), []answerCase{
		{"what's the main gist of this report, partner?", "summary"},
		{"who are Kyiv's partners?", "who-says-sent"},
	})
}
