package knowledge

import "testing"

func TestWithoutInnerAddress(t *testing.T) {
	tests := []struct {
		question, want string
		ok             bool
	}{
		{"what're SK and ukraine even talkin about, bud, like what's the focus?", "what're SK and ukraine even talkin about, like what's the focus?", true},
		{"so, partner, who made the offer?", "so, who made the offer?", true},
		{"who proposed it, Cho, Budanov, or someone else?", "", false}, // a list, of no words of address
		{"what's the main gist of this report, partner?", "", false},   // the closing word is withoutClosingAddress's
		{"who made the offer?", "", false},
	}
	address := testEngine(t).an.usage.address
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			got, ok := withoutInnerAddress(tt.question, address)
			if got != tt.want || ok != tt.ok {
				t.Errorf("withoutInnerAddress(%q) = %q, %v, want %q, %v", tt.question, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestInnerAddressAnswers(t *testing.T) {
	checkAnswers(t, testEngine(t), []answerCase{
		{"what're SK and ukraine even talkin about, bud, like what's the focus?", "talks-focus"},
	})
}
